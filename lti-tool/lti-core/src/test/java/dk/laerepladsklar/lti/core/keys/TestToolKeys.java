package dk.laerepladsklar.lti.core.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;

/** The tool's keys without a database: one key pair (made once per test run) held by an in-memory store. */
public final class TestToolKeys {

    private static RSAKey generated;

    private TestToolKeys() {
    }

    private static synchronized RSAKey key() throws JOSEException {
        if (generated == null) {
            generated = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID("tool-key-1").generate();
        }
        return generated;
    }

    public static ToolKeys withOneKey() {
        try {
            RSAKey key = key();
            ToolKeys keys = new ToolKeys();
            keys.store = new ToolKeyStore() {
                private final List<ToolKey> active = List.of(new ToolKey(key.getKeyID(), key.toJSONString(), Instant.now()));

                @Override
                public List<ToolKey> activeKeysCreatingOne() {
                    return active;
                }
            };
            return keys;
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key the tool publishes, to verify what it signed. */
    public static RSAKey publicKey(ToolKeys keys) {
        try {
            return JWKSet.parse(keys.publicJwks()).getKeyByKeyId(keys.currentKid()).toRSAKey();
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
