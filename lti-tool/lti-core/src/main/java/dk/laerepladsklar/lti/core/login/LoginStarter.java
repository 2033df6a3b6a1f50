package dk.laerepladsklar.lti.core.login;

import dk.laerepladsklar.lti.core.registration.Registration;
import dk.laerepladsklar.lti.core.registration.Registrations;
import dk.laerepladsklar.lti.core.validation.LaunchRejected;
import dk.laerepladsklar.lti.core.validation.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Answers a platform's login initiation (Security Framework §5.1.1) with an authentication request to the
 * platform (§5.1.1.2): {@code response_mode=form_post}, {@code prompt=none}, a fresh state and nonce.
 */
@ApplicationScoped
public class LoginStarter {

    @Inject
    Registrations registrations;
    @Inject
    PendingLogins pendingLogins;

    public AuthenticationRequest start(LoginInitiation initiation, String redirectUri) throws LaunchRejected {
        initiation.requireBounded();
        if (initiation.issuer() == null || initiation.issuer().isBlank()) {
            throw new LaunchRejected(Rejection.ISSUER_MISSING, "login initiation without iss");
        }
        if (initiation.loginHint() == null || initiation.loginHint().isBlank()) {
            throw new LaunchRejected(Rejection.MALFORMED_CLAIM, "login initiation without login_hint");
        }
        Registration registration = registrations.find(initiation.issuer(), initiation.clientId())
                .orElseThrow(() -> new LaunchRejected(Rejection.UNREGISTERED_PLATFORM,
                        initiation.issuer() + " / " + initiation.clientId()));
        if (!registration.approved()) {
            throw new LaunchRejected(Rejection.PLATFORM_PENDING, registration.issuer() + " / " + registration.clientId());
        }
        PendingLogin login = pendingLogins.start(registration, initiation.storageTarget());
        StringBuilder url = new StringBuilder(registration.authLoginUrl())
                .append(registration.authLoginUrl().contains("?") ? '&' : '?')
                .append("scope=openid&response_type=id_token&response_mode=form_post&prompt=none");
        param(url, "client_id", registration.clientId());
        param(url, "redirect_uri", redirectUri);
        param(url, "login_hint", initiation.loginHint());
        param(url, "lti_message_hint", initiation.ltiMessageHint());
        param(url, "lti_deployment_id", initiation.deploymentId());
        param(url, "state", login.state());
        param(url, "nonce", login.nonce());
        return new AuthenticationRequest(url.toString(), login);
    }

    private static void param(StringBuilder url, String name, String value) {
        if (value != null) {
            url.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
