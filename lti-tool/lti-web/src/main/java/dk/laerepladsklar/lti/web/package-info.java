/** JAX-RS endpoints of the LTI protocol (login, launch, JWKS) that turn a validated launch into the app's signed-in user. */
package dk.laerepladsklar.lti.web;
