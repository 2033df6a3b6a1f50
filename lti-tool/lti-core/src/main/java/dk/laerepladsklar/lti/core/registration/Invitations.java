package dk.laerepladsklar.lti.core.registration;

import dk.laerepladsklar.lti.core.login.RandomTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The operator's invitations: created for a named school, listed, revoked, and redeemed by exactly one
 * successful dynamic registration before they expire.
 */
@ApplicationScoped
public class Invitations {

    public static final int DEFAULT_DAYS = dk.laerepladsklar.lti.api.admin.SchoolInvitations.DEFAULT_DAYS;
    public static final int MAX_DAYS = 365;
    /** What {@link RandomTokens#next()} makes: 256 bits, URL-safe base64 without padding. */
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** A new invitation and its secret, which exists only here and in the URL handed to the school. */
    public record Issued(Invitation invitation, String secret) {
    }

    /** @param days how long it stays valid; null for {@value #DEFAULT_DAYS} days */
    @Transactional
    public Issued create(String school, Integer days) {
        int lifetime = days == null ? DEFAULT_DAYS : days;
        if (lifetime < 1 || lifetime > MAX_DAYS) {
            throw new IllegalArgumentException("An invitation lasts from 1 to " + MAX_DAYS + " days");
        }
        String secret = RandomTokens.next();
        Instant now = clock.instant();
        Invitation invitation = new Invitation(school, hash(secret), now, now.plus(Duration.ofDays(lifetime)));
        em.persist(invitation);
        return new Issued(invitation, secret);
    }

    /** Newest first. */
    public List<Invitation> all() {
        return em.createQuery("select i from Invitation i order by i.createdAt desc", Invitation.class)
                .setMaxResults(1000).getResultList();
    }

    public Optional<Invitation> find(UUID id) {
        return Optional.ofNullable(id == null ? null : em.find(Invitation.class, id));
    }

    /** Revokes an invitation not yet used; a used one stays as it is (its platform is registered). */
    @Transactional
    public Optional<Invitation> revoke(UUID id) {
        Optional<Invitation> invitation = find(id);
        invitation.ifPresent(i -> i.revoke(clock.instant()));
        return invitation;
    }

    public InvitationState stateOf(Invitation invitation) {
        return invitation.stateAt(clock.instant());
    }

    /**
     * The open invitation with this secret, checked before the tool contacts the platform at all; the
     * invitation is used up only by {@link #redeem}, when the registration is stored.
     */
    public Invitation check(String secret) throws RegistrationFailed {
        if (secret == null || secret.isBlank()) {
            throw new RegistrationFailed("INVITATION_MISSING", "no invitation in the registration URL");
        }
        Invitation invitation = SECRET.matcher(secret).matches()
                ? em.createQuery("select i from Invitation i where i.secretHash = :h", Invitation.class)
                        .setParameter("h", hash(secret)).getResultStream().findFirst().orElse(null)
                : null;
        if (invitation == null) {
            throw new RegistrationFailed("INVITATION_UNKNOWN", "no such invitation");
        }
        refuseUnlessOpen(invitation);
        return invitation;
    }

    /**
     * Uses the invitation up, in the transaction that stores the platform: of two registrations racing with
     * one invitation, only one gets it, and the other's platform is not stored.
     */
    @Transactional(value = Transactional.TxType.MANDATORY, rollbackOn = RegistrationFailed.class)
    public void redeem(UUID id) throws RegistrationFailed {
        Instant now = clock.instant();
        int used = em.createQuery("update Invitation i set i.usedAt = :now where i.id = :id and i.usedAt is null"
                        + " and i.revokedAt is null and i.expiresAt > :now")
                .setParameter("now", now).setParameter("id", id).executeUpdate();
        if (used != 1) {
            Invitation invitation = em.find(Invitation.class, id);
            if (invitation == null) {
                throw new RegistrationFailed("INVITATION_UNKNOWN", "the invitation is gone");
            }
            em.refresh(invitation);
            refuseUnlessOpen(invitation);
            throw new RegistrationFailed("INVITATION_USED", "the invitation was used at the same moment");
        }
    }

    private void refuseUnlessOpen(Invitation invitation) throws RegistrationFailed {
        switch (invitation.stateAt(clock.instant())) {
            case USED -> throw new RegistrationFailed("INVITATION_USED", "invitation " + invitation.getId() + " was used");
            case EXPIRED -> throw new RegistrationFailed("INVITATION_EXPIRED", "invitation " + invitation.getId() + " expired");
            case REVOKED -> throw new RegistrationFailed("INVITATION_REVOKED", "invitation " + invitation.getId() + " was revoked");
            case OPEN -> {
                // good to go
            }
        }
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
