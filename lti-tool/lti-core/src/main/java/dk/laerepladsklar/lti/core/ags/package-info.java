/** The platform gradebook over LTI Assignment and Grade Services 2.0: scores to a column, and new columns. */
package dk.laerepladsklar.lti.core.ags;
