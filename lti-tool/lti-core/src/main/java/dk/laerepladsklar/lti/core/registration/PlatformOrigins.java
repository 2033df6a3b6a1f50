package dk.laerepladsklar.lti.core.registration;

import dk.laerepladsklar.lti.core.Origins;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The origins a registered platform lives on: its issuer, its auth, token and JWKS endpoints, and the extra
 * origins its registration lists (a school's own Canvas domain, where Canvas serves AGS and NRPS while its
 * issuer and endpoints are shared). URLs that reach the tool in a launch (line items, memberships) are
 * called only on these origins: a launch can name any URL, a registration is the operator's.
 */
public final class PlatformOrigins {

    private PlatformOrigins() {
    }

    public static Set<String> of(Platform platform) {
        Set<String> origins = new TreeSet<>();
        Stream.concat(Stream.of(platform.getIssuer(), platform.getAuthLoginUrl(), platform.getTokenUrl(), platform.getJwksUrl()),
                        platform.getFrameOrigins().stream())
                .map(Origins::of)
                .flatMap(Optional::stream)
                .forEach(origins::add);
        return origins;
    }

    /** Whether the URL is on one of the platform's origins. */
    public static boolean isOn(Platform platform, String url) {
        return Origins.of(url).map(of(platform)::contains).orElse(false);
    }
}
