/** Launch validation laid out as the numbered steps of the 1EdTech Security Framework and LTI Core, each failure a symbolic reason. */
package dk.laerepladsklar.lti.core.validation;
