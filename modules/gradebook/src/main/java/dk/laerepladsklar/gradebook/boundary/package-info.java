/** The outbox's transactional façade, its worker, and its status for the teacher. */
package dk.laerepladsklar.gradebook.boundary;
