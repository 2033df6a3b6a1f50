/** LTI Deep Linking 2.0: the settings of each Deep Linking request, kept for an hour, and the signed response with the teacher's choice. */
package dk.laerepladsklar.lti.core.deeplinking;
