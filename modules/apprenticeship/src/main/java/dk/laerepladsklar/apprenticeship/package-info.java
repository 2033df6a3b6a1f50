/**
 * A student's search for an apprenticeship (*lærepladssøgning*): the applications they send, their placement status
 * with its history (seeking, registered as seeking on lærepladsen.dk, agreement signed, school-based training), the
 * agreement they sign and short check-ins during its probation period.
 */
package dk.laerepladsklar.apprenticeship;
