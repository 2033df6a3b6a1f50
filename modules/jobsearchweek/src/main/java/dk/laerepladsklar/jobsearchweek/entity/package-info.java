/**
 * What a job-search week is made of: its days, sessions and activities (a part placement or a task the student ticks),
 * and the programmes a week starts from. The entities guard their own rules: times in order, days inside the week,
 * links only to web pages, lengths capped.
 */
package dk.laerepladsklar.jobsearchweek.entity;
