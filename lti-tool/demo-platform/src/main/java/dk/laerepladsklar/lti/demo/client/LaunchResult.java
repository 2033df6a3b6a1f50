package dk.laerepladsklar.lti.demo.client;

/**
 * How a launch ended: the status and body of the last page, and where it was.
 *
 * @param landingUrl the page the tool sent the browser to (null if the launch was refused)
 */
public record LaunchResult(int status, String landingUrl, String body) {

    public boolean landed() {
        return status == 200 && landingUrl != null;
    }
}
