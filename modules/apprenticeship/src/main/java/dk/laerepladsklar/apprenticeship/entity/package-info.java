/**
 * What a student's search is made of: applications, the placement status and every change of it, the agreement, the
 * check-ins during probation, where the student was seen, and the term dates staff set. The entities guard their own
 * rules: dates in order, CVR numbers checked, lengths capped.
 */
package dk.laerepladsklar.apprenticeship.entity;
