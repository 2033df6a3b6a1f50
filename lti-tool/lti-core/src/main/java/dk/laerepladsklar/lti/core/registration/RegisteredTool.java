package dk.laerepladsklar.lti.core.registration;

/**
 * The outcome of a dynamic registration.
 *
 * @param platformProduct e.g. {@code moodle} or {@code canvas}, from the platform's configuration
 * @param needsActivation whether an admin must still activate the tool in the platform (Moodle)
 */
public record RegisteredTool(Registration registration, String platformProduct, boolean needsActivation) {
}
