/** Gradebook sync: scores go to the LMS through an outbox, stored with the progress that produced them. */
package dk.laerepladsklar.gradebook;
