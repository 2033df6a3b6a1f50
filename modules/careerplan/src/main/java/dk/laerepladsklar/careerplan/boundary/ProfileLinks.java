package dk.laerepladsklar.careerplan.boundary;

import dk.laerepladsklar.careerplan.entity.CareerProfile;
import dk.laerepladsklar.careerplan.entity.PlanRefused;
import dk.laerepladsklar.careerplan.entity.ProfileLink;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.media.MediaItem;
import dk.laerepladsklar.kernel.media.MediaReadGrant;
import dk.laerepladsklar.kernel.media.MediaStore;
import dk.laerepladsklar.kernel.share.SecretLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A published profile shared as a link, one transaction per step. The student makes links (the secret is shown once;
 * only its SHA-256 is kept) and revokes them. A company, with nothing but the link, sees the profile and the photo or
 * film of the work ({@link #open}; each view counted for the student), and the media store plays exactly that file
 * through the same link ({@link MediaReadGrant}). A link that is unknown, expired or revoked (withdrawing the profile
 * revokes its links) shows a friendly page; the log says which ({@code PROFILE_LINK_UNKNOWN},
 * {@code PROFILE_LINK_EXPIRED}, {@code PROFILE_LINK_REVOKED}), never with the secret or a person's id.
 */
@ApplicationScoped
public class ProfileLinks implements MediaReadGrant {

    private static final Logger LOG = Logger.getLogger(ProfileLinks.class);

    @PersistenceContext
    EntityManager em;
    @Inject
    CareerProfiles profiles;
    @Inject
    MediaStore media;

    /** A new link and its secret (shown to the student once). */
    public record NewLink(ProfileLink link, String secret) {
    }

    /** The student shares their published profile for {@code days} days (30 unless they choose). */
    @Transactional(rollbackOn = PlanRefused.class)
    public NewLink create(PlacedPlan placed, LaunchContext launch, int days) {
        CareerProfile profile = profiles.open(placed, launch);
        em.lock(profile, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        long open = profiles.links(profile).stream().filter(l -> l.isOpen(now)).count();
        String secret = SecretLinks.next();
        ProfileLink link;
        try {
            link = ProfileLink.open(profile, SecretLinks.hashOf(secret).orElseThrow(), days, open, now);
        } catch (PlanRefused refused) {
            LOG.warnf("PROFILE_LINK_REFUSED: %s", refused.reason());
            throw refused;
        }
        em.persist(link);
        LOG.infof("PROFILE_LINK_CREATED: link %s of profile %s, open until %s", link.getId(), profile.getId(),
                link.getExpiresAt());
        return new NewLink(link, secret);
    }

    /** The student revokes one of their links; false when it is not a link of their profile. */
    @Transactional
    public boolean revoke(PlacedPlan placed, LaunchContext launch, String linkId) {
        CareerProfile profile = profiles.open(placed, launch);
        UUID id;
        try {
            id = linkId == null ? null : UUID.fromString(linkId);
        } catch (IllegalArgumentException e) {
            return false;
        }
        ProfileLink link = id == null ? null : em.find(ProfileLink.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (link == null || !link.getProfileId().equals(profile.getId())) {
            LOG.warn("PROFILE_LINK_NOT_OWN: a student asked to revoke a link that is not of their profile");
            return false;
        }
        if (link.revoke(ProfileLink.ClosedBy.STUDENT, Instant.now())) {
            LOG.infof("PROFILE_LINK_REVOKED_BY_STUDENT: link %s", link.getId());
        }
        return true;
    }

    // ---- the company

    /** What the shared page shows: the profile, and whether its work can be played through the link. */
    public record Shown(CareerProfile profile, ProfileLink link, boolean workPlayable) {
    }

    /** A link that shows nothing: the reason for the log and the page, and the status. */
    public record Closed(String reason, int status) {
        public static final Closed UNKNOWN = new Closed("PROFILE_LINK_UNKNOWN", 404);
        public static final Closed EXPIRED = new Closed("PROFILE_LINK_EXPIRED", 410);
        public static final Closed REVOKED = new Closed("PROFILE_LINK_REVOKED", 410);
    }

    public record Opened(Shown shown, Closed closed) {
        public boolean isShown() {
            return shown != null;
        }
    }

    /** A company opens the link: counted as one view (its time only) and logged. */
    @Transactional
    public Opened open(String secret) {
        Instant now = Instant.now();
        Optional<ProfileLink> found = find(secret, true);
        Closed closed = closedReason(found, now);
        if (closed != null) {
            LOG.infof("%s: the shared profile page shows why", closed.reason());
            return new Opened(null, closed);
        }
        ProfileLink link = found.get();
        link.viewed(now);
        CareerProfile profile = em.find(CareerProfile.class, link.getProfileId());
        LOG.infof("PROFILE_LINK_VIEWED: link %s, view %d", link.getId(), link.getViewCount());
        boolean playable = profile.getWorkMediaId() != null && media.find(profile.getWorkMediaId()).isPresent();
        return new Opened(new Shown(profile, link, playable), null);
    }

    /**
     * The media store asks: may this link's holder see this file? Only the photo or film that is the work of the
     * link's profile, by its student, while the link is open and the profile published.
     */
    @Override
    @Transactional
    public boolean allowsRead(String grant, MediaItem item) {
        Optional<String> hash = SecretLinks.hashOf(grant);
        if (hash.isEmpty()) {
            return false;
        }
        Optional<ProfileLink> found = find(grant, false);
        if (found.isEmpty()) {
            return false; // another feature's link (a master's), or none at all: that feature logs its own reason
        }
        Closed closed = closedReason(found, Instant.now());
        if (closed != null) {
            LOG.infof("%s: the work is not shown", closed.reason());
            return false;
        }
        CareerProfile profile = em.find(CareerProfile.class, found.get().getProfileId());
        boolean ours = item.id().equals(profile.getWorkMediaId()) && CareerProfiles.PURPOSE.equals(item.purpose())
                && item.owner().equals(profile.student());
        if (!ours) {
            LOG.warnf("PROFILE_LINK_OTHER_MEDIA: link %s asked for a file that is not its profile's work",
                    found.get().getId());
        }
        return ours;
    }

    private Optional<ProfileLink> find(String secret, boolean lock) {
        Optional<String> hash = SecretLinks.hashOf(secret);
        if (hash.isEmpty()) {
            return Optional.empty();
        }
        var query = em.createQuery("select l from ProfileLink l where l.tokenHash = :hash", ProfileLink.class)
                .setParameter("hash", hash.get());
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }

    private Closed closedReason(Optional<ProfileLink> link, Instant now) {
        if (link.isEmpty()) {
            return Closed.UNKNOWN;
        }
        ProfileLink l = link.get();
        return switch (l.state(now)) {
            case EXPIRED -> Closed.EXPIRED;
            case REVOKED -> Closed.REVOKED;
            case OPEN -> {
                CareerProfile profile = em.find(CareerProfile.class, l.getProfileId());
                yield profile == null || !profile.isPublished() ? Closed.REVOKED : null;
            }
        };
    }
}
