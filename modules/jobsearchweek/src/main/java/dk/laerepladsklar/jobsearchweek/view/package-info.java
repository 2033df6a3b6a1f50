/**
 * The week's page beans: the teacher's plan page (a view that loads the week, and a form for each part of it), the
 * student's page of the week, the week's follow-up pages.
 */
package dk.laerepladsklar.jobsearchweek.view;
