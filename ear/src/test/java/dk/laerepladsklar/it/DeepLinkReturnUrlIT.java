package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.EmbeddedPostgresSession;
import dk.laerepladsklar.it.support.Launches;
import dk.laerepladsklar.it.support.LtiBrowser;
import dk.laerepladsklar.it.support.LtiBrowser.Login;
import dk.laerepladsklar.it.support.ServerLog;
import dk.laerepladsklar.it.support.TestPlatform;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A Deep Linking request names where the teacher's browser posts the tool's signed answer. Only the platform's own
 * address will do: a launch that names {@code javascript:}, {@code data:} or another site is refused at the
 * launch, before any page with an auto-submitting form exists.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeepLinkReturnUrlIT {

    private static final String DEEP_LINKING_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private static TestPlatform moodle;
    private LtiBrowser browser;

    @BeforeAll
    static void registerThePlatform() {
        moodle = TestPlatform.start("dl-moodle").registerIn(EmbeddedPostgresSession.dataSource());
    }

    @AfterAll
    static void stopThePlatform() {
        moodle.close();
    }

    @BeforeEach
    void openABrowser() {
        browser = LtiBrowser.at(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
            "https://evil.example/collect", "http://evil.example/collect"})
    void aDeepLinkingLaunchThatNamesAnotherReturnAddressIsRefused(String returnUrl) throws Exception {
        Login login = browser.login(moodle, "3");

        LaunchResult result = browser.launch(login, deepLinking(returnUrl).forLogin(login).signedBy(moodle.key()));

        assertFalse(result.landed(), result.body());
        assertEquals(403, result.status(), result.body());
        assertEquals("DEEP_LINK_RETURN_URL_REFUSED", LtiBrowser.reason(result), result.body());
        assertFalse(result.body().contains("deep-link-return"), "no auto-submitting form: " + result.body());
        assertFalse(result.body().contains("alert(1)"), result.body());
        assertTrue(result.body().contains("<html lang=\"da\">"), result.body());
        assertTrue(ServerLog.text().contains("LTI launch refused: DEEP_LINK_RETURN_URL_REFUSED"), "a WARN with the reason");
    }

    @Test
    void theSameLaunchWithThePlatformsOwnReturnAddressOpensThePicker() throws Exception {
        Login login = browser.login(moodle, "3");

        LaunchResult result = browser.launch(login, deepLinking(moodle.issuer() + "/mod/lti/contentitem_return.php?course=C1")
                .forLogin(login).signedBy(moodle.key()));

        assertTrue(result.landed(), result.body());
        assertTrue(result.landingUrl().contains("/teacher/select-content.xhtml?lc="), result.landingUrl());
    }

    private static Launches deepLinking(String returnUrl) {
        return moodle.instructor("C1")
                .with(Launches.MESSAGE_TYPE, "LtiDeepLinkingRequest")
                .without(Launches.RESOURCE_LINK)
                .with(DEEP_LINKING_SETTINGS, Map.of("deep_link_return_url", returnUrl,
                        "accept_types", List.of("ltiResourceLink"), "accept_presentation_document_targets", List.of("iframe"),
                        "accept_multiple", true));
    }
}
