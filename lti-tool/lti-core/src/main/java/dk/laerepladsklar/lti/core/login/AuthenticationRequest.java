package dk.laerepladsklar.lti.core.login;

/** Where to send the browser next: the platform's authorization endpoint, with state and nonce. */
public record AuthenticationRequest(String url, PendingLogin login) {
}
