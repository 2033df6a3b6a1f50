/** What the class overview remembers: every student's progress in every placed activity. */
package dk.laerepladsklar.classroom.entity;
