package dk.laerepladsklar.lti.api;

/**
 * The one hook from the protocol into the application: called inside the browser's request once a launch
 * has passed every check. The application signs the user in and answers where to send the browser.
 */
public interface LaunchListener {

    /**
     * @return the application path (starting with {@code /}) of the page the user lands on
     */
    String onLaunch(Launch launch);
}
