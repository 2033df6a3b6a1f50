/** Plain logic of the week that needs no container: reading the shipped templates and shifting a week in time. */
package dk.laerepladsklar.jobsearchweek.control;
