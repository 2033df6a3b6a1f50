/**
 * Plain logic of the search that needs no container: checking a CVR number, deadlines, reminders and windows, the
 * caseload's lines, filters and charts, and the school's figures with the rule for small groups.
 */
package dk.laerepladsklar.apprenticeship.control;
