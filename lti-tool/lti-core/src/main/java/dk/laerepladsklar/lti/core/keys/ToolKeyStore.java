package dk.laerepladsklar.lti.core.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Stores the tool's key pairs in the database, encrypted with the installation's key-encryption key; never in
 * files or git. Without a key-encryption key (dev mode only: production refuses to start) keys are stored plain.
 */
@ApplicationScoped
public class ToolKeyStore {

    private static final Logger LOG = Logger.getLogger(ToolKeyStore.class);

    @PersistenceContext
    EntityManager em;

    private volatile Optional<PrivateKeyCipher> cipher;

    /** The installation's cipher, read once. */
    Optional<PrivateKeyCipher> cipher() {
        Optional<PrivateKeyCipher> configured = cipher;
        if (configured == null) {
            configured = PrivateKeyCipher.ofInstallation();
            if (configured.isEmpty()) {
                LOG.warn("KEYS_NOT_ENCRYPTED: no LPK_KEY_ENCRYPTION_KEY, the tool's private keys are stored in plain text (dev mode only)");
            }
            cipher = configured;
        }
        return configured;
    }

    /** The private JWK of a stored key, decrypted. */
    public String privateJwk(ToolKey key) {
        String stored = key.getPrivateJwk();
        if (!PrivateKeyCipher.isSealed(stored)) {
            return stored; // a row from before encryption; the next start seals it
        }
        return cipher().orElseThrow(() -> new IllegalStateException(
                        "The tool's keys in the database are encrypted: set LPK_KEY_ENCRYPTION_KEY to the key they were encrypted with"))
                .open(key.getKid(), stored);
    }

    /**
     * Encrypts the keys still stored in plain text (a database from before keys were encrypted). Idempotent: sealed
     * keys are left alone. Does nothing without a key-encryption key.
     *
     * @return how many keys were sealed
     */
    @Transactional
    public int sealPlaintextKeys() {
        PrivateKeyCipher configured = cipher().orElse(null);
        if (configured == null) {
            return 0;
        }
        int sealed = 0;
        for (ToolKey key : em.createQuery("select k from ToolKey k", ToolKey.class).getResultList()) {
            if (!PrivateKeyCipher.isSealed(key.getPrivateJwk())) {
                key.replaceStoredJwk(configured.seal(key.getKid(), key.getPrivateJwk()));
                sealed++;
            }
        }
        return sealed;
    }

    /** The active keys, newest first; creates the first key on a fresh database. */
    @Transactional
    public List<ToolKey> activeKeysCreatingOne() {
        List<ToolKey> active = activeKeys();
        if (active.isEmpty()) {
            em.persist(generate());
            em.flush();
            active = activeKeys();
        }
        return active;
    }

    @Transactional
    public String add() {
        ToolKey key = generate();
        em.persist(key);
        return key.getKid();
    }

    @Transactional
    public int retireAllButNewest() {
        List<ToolKey> active = activeKeys();
        Instant now = Instant.now();
        active.stream().skip(1).forEach(k -> k.retire(now));
        return Math.max(0, active.size() - 1);
    }

    public List<ToolKey> all() {
        return em.createQuery("select k from ToolKey k order by k.createdAt desc", ToolKey.class).getResultList();
    }

    private List<ToolKey> activeKeys() {
        return em.createQuery("select k from ToolKey k where k.retiredAt is null", ToolKey.class)
                .getResultStream()
                .sorted(Comparator.comparing(ToolKey::getCreatedAt).reversed())
                .toList();
    }

    private ToolKey generate() {
        try {
            RSAKey key = new RSAKeyGenerator(2048)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString())
                    .generate();
            String json = key.toJSONString();
            return new ToolKey(key.getKeyID(), cipher().map(c -> c.seal(key.getKeyID(), json)).orElse(json), Instant.now());
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate a tool key", e);
        }
    }
}
