/**
 * The activity extension point every capability plugs into (teaching modules now; career plans, role-plays
 * and job-search weeks next), and the placements that tie an activity to a link in a course.
 */
package dk.laerepladsklar.kernel.activity;
