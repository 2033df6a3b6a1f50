/** Plain logic of the career plan that needs no container: comparing two versions word by word. */
package dk.laerepladsklar.careerplan.control;
