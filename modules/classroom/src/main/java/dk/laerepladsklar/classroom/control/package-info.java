/** Plain logic of the class overview: rows of students, and their CSV form. */
package dk.laerepladsklar.classroom.control;
