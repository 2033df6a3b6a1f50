/** The week's page beans: the teacher's plan page, and the student's page of the week. */
package dk.laerepladsklar.jobsearchweek.view;
