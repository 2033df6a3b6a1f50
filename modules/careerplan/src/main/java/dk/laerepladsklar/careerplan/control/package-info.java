/**
 * Plain logic of the career plan that needs no container: comparing two versions word by word, and a version as a
 * teacher or mentor reads it (sections they may see with their comments, overdue next steps).
 */
package dk.laerepladsklar.careerplan.control;
