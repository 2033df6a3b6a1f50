/**
 * The career plan's façades: the activity type teachers place, opening a placed plan for the signed-in user, what the
 * student does with their own plan, what teachers and mentors do beside it (comments, a verdict, notes to the whole
 * class), voice answers through the media store, the protected pages, and the student's data for export and erasure.
 * Who may do what, {@code Access} answers; a plan another user may not see looks the same as no plan.
 */
package dk.laerepladsklar.careerplan.boundary;
