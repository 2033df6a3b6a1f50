/** Page beans of the teaching modules: the student's player and the teacher's overview of one placed module. */
package dk.laerepladsklar.curriculum.view;
