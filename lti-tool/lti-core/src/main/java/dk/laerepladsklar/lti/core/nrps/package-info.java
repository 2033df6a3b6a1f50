/** A course's roster over LTI Names and Role Provisioning Services 2.0, following every page. */
package dk.laerepladsklar.lti.core.nrps;
