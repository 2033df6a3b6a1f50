/**
 * Whether a student already has an apprenticeship (a læreplads), as a port: what decides it (the student's placement
 * status, later) is contributed by a module, and pages such as the job café ask here instead of keeping their own.
 */
package dk.laerepladsklar.kernel.apprenticeship;
