package dk.laerepladsklar.lti.core.validation;

/**
 * What the browser posted to the launch endpoint.
 *
 * @param idToken       the platform's signed id_token
 * @param state         the state the tool issued at login
 * @param browserSecret the secret the tool gave the browser at login (from a cookie or platform storage)
 */
public record LaunchAttempt(String idToken, String state, String browserSecret) {
}
