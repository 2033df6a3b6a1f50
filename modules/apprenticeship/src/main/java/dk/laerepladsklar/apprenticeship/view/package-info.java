/** The search's page beans: the student's page, the caseloads, a student's file and the school's figures. */
package dk.laerepladsklar.apprenticeship.view;
