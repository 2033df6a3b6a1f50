package dk.laerepladsklar.lti.core.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import com.nimbusds.jose.jwk.JWK;
import java.util.ArrayList;
import java.text.ParseException;
import java.util.List;
import java.util.Map;

/**
 * The tool's key pairs. The first use creates one if the database has none.
 * Keys are held in memory and read again every minute, so a rotation made on another node shows up. {@link #rotate()} adds a new
 * signing key and keeps the previous one published; {@link #retireOlderThanCurrent()} later drops it.
 */
@ApplicationScoped
public class ToolKeys {

    @Inject
    ToolKeyStore store;

    private volatile Loaded loaded;

    /** How long keys are held before the database is read again, so a rotation on another node shows up. */
    private static final long RELOAD_AFTER_MILLIS = 60_000;

    private record Loaded(RSAKey signing, RSASSASigner signer, Map<String, Object> publicJson, long loadedAt) {
    }

    /** The public keys to publish: every key that is not retired. */
    public Map<String, Object> publicJwks() {
        return current().publicJson();
    }

    public String currentKid() {
        return current().signing().getKeyID();
    }

    /** Signs claims with the current key (RS256, with {@code kid}). */
    public String sign(JWTClaimsSet claims) {
        Loaded keys = current();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(keys.signing().getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(keys.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign with the tool key", e);
        }
        return jwt.serialize();
    }

    private Loaded current() {
        Loaded keys = loaded;
        if (keys == null || System.currentTimeMillis() - keys.loadedAt() > RELOAD_AFTER_MILLIS) {
            synchronized (this) {
                keys = loaded;
                if (keys == null || System.currentTimeMillis() - keys.loadedAt() > RELOAD_AFTER_MILLIS) {
                    keys = load();
                    loaded = keys;
                }
            }
        }
        return keys;
    }

    /** Forgets the keys held in memory, so the next use reads them from the database (after a rotation elsewhere). */
    public void refresh() {
        loaded = null;
    }

    private Loaded load() {
        List<ToolKey> active = store.activeKeysCreatingOne();
        try {
            RSAKey signing = RSAKey.parse(store.privateJwk(active.get(0)));
            List<JWK> publicKeys = new ArrayList<>();
            for (ToolKey key : active) {
                publicKeys.add(RSAKey.parse(store.privateJwk(key)).toPublicJWK());
            }
            JWKSet publicSet = new JWKSet(publicKeys);
            return new Loaded(signing, new RSASSASigner(signing), publicSet.toJSONObject(true), System.currentTimeMillis());
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("A stored tool key cannot be read", e);
        }
    }

    /** Adds a new signing key; the previous keys stay published. */
    public String rotate() {
        String kid = store.add();
        refresh();
        return kid;
    }

    /** Retires every key but the newest, once platforms have had time to fetch the new one. */
    public int retireOlderThanCurrent() {
        int retired = store.retireAllButNewest();
        refresh();
        return retired;
    }

    public List<ToolKey> all() {
        return store.all();
    }
}
