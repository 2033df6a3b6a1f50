/**
 * The career plan's page beans: the student's own plan as a page that reads without JavaScript, with the words it
 * needs in the reader's language; writing goes through the boundary's JSON calls from the page's script.
 */
package dk.laerepladsklar.careerplan.view;
