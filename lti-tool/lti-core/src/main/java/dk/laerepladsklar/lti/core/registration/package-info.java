/** Platforms (schools' LMSs) and their deployments, registered as data and looked up by issuer and client id. */
package dk.laerepladsklar.lti.core.registration;
