/**
 * The job-search week (*jobsøgningsuge*): a dated programme a teacher places for a class, with sessions (time, place,
 * who runs it, what to bring) and activities from the tool or simple tasks, each with a due date.
 */
package dk.laerepladsklar.jobsearchweek;
