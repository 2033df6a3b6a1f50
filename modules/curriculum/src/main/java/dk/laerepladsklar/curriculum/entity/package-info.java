/**
 * The teaching modules as data (immutable records read from the content pack) and each student's progress
 * through a placed module (JPA entities whose methods guard what counts as done).
 */
package dk.laerepladsklar.curriculum.entity;
