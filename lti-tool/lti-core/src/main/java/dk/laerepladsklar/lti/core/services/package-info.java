/** Calls to a platform's LTI Advantage services: OAuth2 access tokens (client credentials with a signed assertion), cached per platform and scope, and Bearer requests that refresh a refused token once. */
package dk.laerepladsklar.lti.core.services;
