/**
 * The search's façades: the activity type teachers place, logging applications and changing the placement status, the
 * answer to the kernel's apprenticeship and reminder ports, the caseloads, the school's figures and their downloads,
 * the protected pages, and the student's personal data.
 */
package dk.laerepladsklar.apprenticeship.boundary;
