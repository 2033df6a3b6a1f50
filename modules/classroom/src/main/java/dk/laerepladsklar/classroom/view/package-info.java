/** Page beans of the classroom: the student's course page and the teacher's class page. */
package dk.laerepladsklar.classroom.view;
