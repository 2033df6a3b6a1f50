/** The class overview's façade: roster, progress and gradebook sync put together, and its CSV export. */
package dk.laerepladsklar.classroom.boundary;
