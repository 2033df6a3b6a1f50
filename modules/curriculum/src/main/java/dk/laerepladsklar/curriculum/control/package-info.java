/** Plain logic of the teaching modules: reading and validating the content pack, the score rule, upload checks. */
package dk.laerepladsklar.curriculum.control;
