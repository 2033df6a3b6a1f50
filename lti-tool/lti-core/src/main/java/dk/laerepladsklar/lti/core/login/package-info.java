/** OIDC third-party login initiation: the state, nonce and browser binding of logins in progress. */
package dk.laerepladsklar.lti.core.login;
