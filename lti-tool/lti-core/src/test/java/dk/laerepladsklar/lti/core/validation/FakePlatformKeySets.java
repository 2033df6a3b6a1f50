package dk.laerepladsklar.lti.core.validation;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import dk.laerepladsklar.lti.core.keys.PlatformKeySets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The key sets platforms publish, without HTTP: what a JWKS URL serves is what the test published there. */
class FakePlatformKeySets extends PlatformKeySets {

    private final Map<String, JWKSet> published = new ConcurrentHashMap<>();

    void publish(String jwksUrl, JWK... keys) {
        published.put(jwksUrl, new JWKSet(List.of(keys)).toPublicJWKSet());
    }

    @Override
    public Optional<JWK> key(String jwksUrl, String kid) {
        JWKSet keys = published.get(jwksUrl);
        return Optional.ofNullable(keys == null ? null : keys.getKeyByKeyId(kid));
    }
}
