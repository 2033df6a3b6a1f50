/** Plain logic of the outbox: timestamps the platform accepts, and when to try again. */
package dk.laerepladsklar.gradebook.control;
