/** The search's page beans: the student's page of applications and placement status. */
package dk.laerepladsklar.apprenticeship.view;
