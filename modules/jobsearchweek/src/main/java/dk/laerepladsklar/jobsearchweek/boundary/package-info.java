/**
 * The week's façades: the activity type teachers place, planning a placed week (sessions, activities, tasks), copying
 * a week and keeping a school's templates, the protected pages, and the week's personal data for export and erasure.
 */
package dk.laerepladsklar.jobsearchweek.boundary;
