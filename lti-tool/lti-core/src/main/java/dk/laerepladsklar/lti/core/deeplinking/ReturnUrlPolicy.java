package dk.laerepladsklar.lti.core.deeplinking;

import dk.laerepladsklar.lti.core.Origins;
import dk.laerepladsklar.lti.core.registration.Registration;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where the tool may send a teacher's browser with a signed Deep Linking response. The return URL comes from the
 * launch, and the browser posts to it automatically, so it must be an https URL (http only on loopback in dev
 * mode) on one of the platform's registered origins: its issuer, its auth, token and JWKS endpoints, and the
 * extra origins an operator listed for it (a school's own Canvas domain). Anything else — {@code javascript:},
 * {@code data:}, another site — would turn the tool into a signer for whoever wrote the launch.
 */
public final class ReturnUrlPolicy {

    private ReturnUrlPolicy() {
    }

    /** Why the URL is refused, or empty when the tool may post to it. */
    public static Optional<String> refusal(String returnUrl, Registration platform, boolean devMode) {
        if (returnUrl == null || returnUrl.isBlank()) {
            return Optional.of("no return URL");
        }
        URI uri;
        try {
            uri = new URI(returnUrl.strip());
        } catch (URISyntaxException e) {
            return Optional.of("not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean https = scheme.equals("https");
        boolean loopbackHttp = scheme.equals("http") && devMode && isLoopback(uri.getHost());
        if (!https && !loopbackHttp) {
            return Optional.of("scheme " + (scheme.isEmpty() ? "(none)" : scheme) + " is not allowed");
        }
        Optional<String> origin = Origins.of(returnUrl);
        if (origin.isEmpty()) {
            return Optional.of("not an absolute URL with a host");
        }
        if (!registeredOrigins(platform).contains(origin.get())) {
            return Optional.of("origin " + origin.get() + " is not registered for " + platform.issuer());
        }
        return Optional.empty();
    }

    /** The origins the operator (or the platform's registration) named for this platform. */
    static Set<String> registeredOrigins(Registration platform) {
        Set<String> origins = new LinkedHashSet<>();
        Stream.concat(Stream.of(platform.issuer(), platform.authLoginUrl(), platform.tokenUrl(), platform.jwksUrl()),
                        platform.frameOrigins().stream())
                .map(Origins::of).flatMap(Optional::stream).forEach(origins::add);
        return origins;
    }

    private static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("[::1]") || h.equals("::1") || h.matches("127(\\.\\d{1,3}){3}");
    }
}
