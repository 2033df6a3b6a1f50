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
import java.util.UUID;

/** Stores the tool's key pairs in the database; never in files or git. */
@ApplicationScoped
public class ToolKeyStore {

    @PersistenceContext
    EntityManager em;

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

    private static ToolKey generate() {
        try {
            RSAKey key = new RSAKeyGenerator(2048)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString())
                    .generate();
            return new ToolKey(key.getKeyID(), key.toJSONString(), Instant.now());
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate a tool key", e);
        }
    }
}
