/** Plain logic of the search that needs no container: checking a CVR number, deadlines, reminders and windows. */
package dk.laerepladsklar.apprenticeship.control;
