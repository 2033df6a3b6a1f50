package dk.laerepladsklar.roleplay.boundary;

import dk.laerepladsklar.kernel.PageMessages;
import dk.laerepladsklar.kernel.activity.Placements;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.media.MediaItem;
import dk.laerepladsklar.kernel.media.MediaReadGrant;
import dk.laerepladsklar.kernel.media.MediaStore;
import dk.laerepladsklar.kernel.share.SecretLinks;
import dk.laerepladsklar.roleplay.control.FirstName;
import dk.laerepladsklar.roleplay.entity.Attempt;
import dk.laerepladsklar.roleplay.entity.AttemptRefused;
import dk.laerepladsklar.roleplay.entity.LinkState;
import dk.laerepladsklar.roleplay.entity.LinkView;
import dk.laerepladsklar.roleplay.entity.MasterLink;
import dk.laerepladsklar.roleplay.entity.Scenario;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * A master's feedback on a sent attempt, one transaction per step. The student says yes (or takes it back, which
 * closes every open link) on their own attempt; staff of the course who may assess the attempt make links (only
 * after that yes) and revoke them; the student revokes them too. The master, with nothing but the link, sees the
 * attempt and the rubric ({@link #open}), every opening counted and logged, and leaves a comment ({@link #comment})
 * from a page that was really shown (the view's nonce). The same link lets the media store play exactly that
 * attempt's recordings ({@link MediaReadGrant}). A link that is unknown, expired or revoked shows a friendly page;
 * the log says which ({@code FEEDBACK_LINK_UNKNOWN}, {@code FEEDBACK_LINK_EXPIRED}, {@code FEEDBACK_LINK_REVOKED}),
 * never with the secret or a person's id.
 */
@ApplicationScoped
public class MasterLinks implements MediaReadGrant {

    /** How long a page's comment form stays good after the page was shown. */
    static final Duration NONCE_LIFETIME = Duration.ofHours(12);
    private static final Logger LOG = Logger.getLogger(MasterLinks.class);

    @PersistenceContext
    EntityManager em;
    @Inject
    Attempts attempts;
    @Inject
    Placements placements;
    @Inject
    RolePlays rolePlays;
    @Inject
    MediaStore media;

    // ---- the student

    /** The student says yes to a master's feedback on their sent attempt, having been told the page's sentence. */
    @Transactional(rollbackOn = AttemptRefused.class)
    public Attempt allow(PlacedRolePlay placed, LaunchContext launch, UUID attemptId) throws AttemptRefused {
        Attempt attempt = attempts.ownAttempt(placed, launch, attemptId);
        attempt.allowMasterFeedback(consentText(launch.locale(), attempt), Instant.now());
        LOG.infof("FEEDBACK_CONSENT_GIVEN: attempt %s", attempt.getId());
        return attempt;
    }

    /** The student takes their yes back: every open link of the attempt is revoked at once. */
    @Transactional(rollbackOn = AttemptRefused.class)
    public Attempt withdraw(PlacedRolePlay placed, LaunchContext launch, UUID attemptId) throws AttemptRefused {
        Attempt attempt = attempts.ownAttempt(placed, launch, attemptId);
        Instant now = Instant.now();
        if (attempt.withdrawMasterFeedback(now)) {
            long closed = lockedLinksOf(attempt.getId()).stream()
                    .filter(l -> l.isOpen(now) && l.revoke(MasterLink.ClosedBy.CONSENT_WITHDRAWN, now)).count();
            LOG.infof("FEEDBACK_CONSENT_WITHDRAWN: attempt %s, %d open link(s) revoked", attempt.getId(), closed);
        }
        return attempt;
    }

    /** The student revokes one link of their own attempt. */
    @Transactional(rollbackOn = AttemptRefused.class)
    public Attempt revokeOwn(PlacedRolePlay placed, LaunchContext launch, UUID attemptId, String linkId)
            throws AttemptRefused {
        Attempt attempt = attempts.ownAttempt(placed, launch, attemptId);
        if (revoke(attempt.getId(), linkId, MasterLink.ClosedBy.STUDENT).isEmpty()) {
            throw new Attempts.AttemptNotFound(); // not a link of this attempt: as if there were none
        }
        return attempt;
    }

    /**
     * What the student is told before saying yes, in their language: who sees what (the first name, the answers and
     * recordings, the rubric; not the scores), for how long, and that they can take it back.
     */
    public String consentText(Locale locale, Attempt attempt) {
        String name = FirstName.of(attempt.getStudentName())
                .orElse(PageMessages.text(Practices.BUNDLE, locale, "master.student"));
        return PageMessages.text(Practices.BUNDLE, locale, "master.consent.told", name, MasterLink.LIFETIME.toDays());
    }

    // ---- the teacher

    /** A new link and its secret, shown to the teacher once. */
    public record NewLink(MasterLink link, String secret) {
    }

    /**
     * Staff who may assess the attempt make a link for it, if its student has said yes.
     *
     * @return empty when the launch may not assess this attempt (the endpoint answers 404)
     */
    @Transactional(rollbackOn = AttemptRefused.class)
    public Optional<NewLink> create(String attemptId, LaunchContext launch, String masterName) throws AttemptRefused {
        Optional<AttemptReview> review = attempts.lockedReview(attemptId, launch).filter(AttemptReview::mayAssess);
        if (review.isEmpty()) {
            return Optional.empty();
        }
        Attempt attempt = review.get().attempt();
        Instant now = Instant.now();
        long open = linksOf(attempt.getId()).stream().filter(l -> l.isOpen(now)).count();
        String secret = SecretLinks.next();
        MasterLink link;
        try {
            link = MasterLink.open(attempt, SecretLinks.hashOf(secret).orElseThrow(), masterName, launch.actor().subject(),
                    open, now);
        } catch (AttemptRefused refused) {
            LOG.warnf("FEEDBACK_LINK_REFUSED: %s", refused.reason());
            throw refused;
        }
        em.persist(link);
        LOG.infof("FEEDBACK_LINK_CREATED: link %s for attempt %s, open until %s", link.getId(), attempt.getId(),
                link.getExpiresAt());
        return Optional.of(new NewLink(link, secret));
    }

    /** Staff who may assess the attempt revoke one of its links; empty when they may not. */
    @Transactional
    public Optional<MasterLink> revokeAsTeacher(String attemptId, LaunchContext launch, String linkId) {
        return attempts.lockedReview(attemptId, launch).filter(AttemptReview::mayAssess)
                .flatMap(r -> revoke(r.attempt().getId(), linkId, MasterLink.ClosedBy.TEACHER));
    }

    /** Every link of an attempt, the newest first, for the student's and the teacher's pages. */
    @Transactional
    public List<MasterLink> linksOf(UUID attemptId) {
        return em.createQuery("select l from MasterLink l where l.attemptId = :attempt order by l.createdAt desc",
                MasterLink.class).setParameter("attempt", attemptId).getResultList();
    }

    // ---- the master

    /** What the master's page shows: only this attempt, its scenario in the master's language and the rubric. */
    public record Shown(MasterLink link, Attempt attempt, Scenario scenario, String studentName, String nonce,
                        Set<UUID> playable) {
    }

    /** A link that shows nothing, with the reason for the log and the page ({@code FEEDBACK_LINK_…}) and its status. */
    public record Closed(String reason, int status) {
        static final Closed UNKNOWN = new Closed("FEEDBACK_LINK_UNKNOWN", 404);
        static final Closed EXPIRED = new Closed("FEEDBACK_LINK_EXPIRED", 410);
        static final Closed REVOKED = new Closed("FEEDBACK_LINK_REVOKED", 410);
    }

    /** The outcome of opening a link or posting its comment: shown, or closed. */
    public record Opened(Shown shown, Closed closed) {
        public boolean isShown() {
            return shown != null;
        }
    }

    /** The master opens the link: counted and logged as one view (its time only), with a fresh nonce for the form. */
    @Transactional
    public Opened open(String secret, Locale locale) {
        Instant now = Instant.now();
        Optional<MasterLink> found = locked(secret);
        Closed closed = closedReason(found, now);
        if (closed != null) {
            LOG.infof("%s: the master's page shows why", closed.reason());
            return new Opened(null, closed);
        }
        MasterLink link = found.get();
        String nonce = SecretLinks.next();
        try {
            link.viewed(now);
        } catch (AttemptRefused impossible) {
            throw new IllegalStateException("An open link refused a view", impossible);
        }
        em.persist(new LinkView(link.getId(), SecretLinks.hashOf(nonce).orElseThrow(), now));
        LOG.infof("FEEDBACK_LINK_VIEWED: link %s, view %d", link.getId(), link.getViewCount());
        return shown(link, nonce, locale);
    }

    /** Why a comment was not saved, or null when it was. */
    public enum CommentRefusal {
        /** Empty, or longer than {@link MasterLink#MAX_COMMENT}: the page comes back with the words kept (400). */
        COMMENT_EMPTY_OR_TOO_LONG,
        /** No nonce, or not one of a recent view of this link: not saved, the page again with a fresh form (403). */
        FEEDBACK_COMMENT_NOT_FROM_PAGE
    }

    /** The outcome of a comment: saved, refused with the page to show again, or the link is closed. */
    public record Commented(CommentRefusal refusal, Opened page) {
        public boolean isSaved() {
            return refusal == null && page.isShown();
        }
    }

    /**
     * The master's comment, from the page's form: the link's secret, the nonce of a view of this link in the last
     * {@link #NONCE_LIFETIME}, and the words. A comment without such a nonce is never saved: a form posted from
     * anywhere but the page shown for this link counts for nothing.
     */
    @Transactional
    public Commented comment(String secret, String nonce, String text, Locale locale) {
        Instant now = Instant.now();
        Optional<MasterLink> found = locked(secret);
        Closed closed = closedReason(found, now);
        if (closed != null) {
            LOG.infof("%s: comment not saved", closed.reason());
            return new Commented(null, new Opened(null, closed));
        }
        MasterLink link = found.get();
        if (!viewedWith(link, nonce, now)) {
            LOG.warnf("FEEDBACK_COMMENT_NOT_FROM_PAGE: link %s", link.getId());
            return new Commented(CommentRefusal.FEEDBACK_COMMENT_NOT_FROM_PAGE, open(secret, locale));
        }
        try {
            link.comment(text, now);
        } catch (AttemptRefused refused) {
            LOG.infof("FEEDBACK_COMMENT_REFUSED: %s", refused.reason());
            return new Commented(CommentRefusal.COMMENT_EMPTY_OR_TOO_LONG, shown(link, nonce, locale));
        }
        LOG.infof("FEEDBACK_COMMENT_SAVED: link %s", link.getId());
        return new Commented(null, shown(link, nonce, locale));
    }

    /**
     * The media store asks: may this link's holder play this file? Only a recording that is an answer of the link's
     * own attempt, by that attempt's student, while the link is open.
     */
    @Override
    @Transactional
    public boolean allowsRead(String grant, MediaItem item) {
        Optional<String> hash = SecretLinks.hashOf(grant);
        if (hash.isEmpty()) {
            return false; // not a master's link (another feature's grant, or garbage)
        }
        Optional<MasterLink> found = em.createQuery("select l from MasterLink l where l.tokenHash = :hash", MasterLink.class)
                .setParameter("hash", hash.get()).getResultStream().findFirst();
        Closed closed = closedReason(found, Instant.now());
        if (closed != null) {
            LOG.infof("%s: recording not played", closed.reason());
            return false;
        }
        Attempt attempt = em.find(Attempt.class, found.get().getAttemptId());
        boolean ours = attempt != null && Attempts.PURPOSE.equals(item.purpose())
                && attempt.recordings().contains(item.id())
                && item.owner().platform().equals(attempt.getPlatform())
                && item.owner().subject().equals(attempt.getStudentSubject());
        if (!ours) {
            LOG.warnf("FEEDBACK_LINK_OTHER_MEDIA: link %s asked for a file that is not its attempt's", found.get().getId());
        }
        return ours;
    }

    // ---- helpers

    private Optional<MasterLink> revoke(UUID attemptId, String linkId, MasterLink.ClosedBy by) {
        UUID id;
        try {
            id = linkId == null ? null : UUID.fromString(linkId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        MasterLink link = id == null ? null : em.find(MasterLink.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (link == null || !link.getAttemptId().equals(attemptId)) {
            return Optional.empty();
        }
        if (link.revoke(by, Instant.now())) {
            LOG.infof("FEEDBACK_LINK_REVOKED_BY_%s: link %s", by.name(), link.getId());
        }
        return Optional.of(link);
    }

    private List<MasterLink> lockedLinksOf(UUID attemptId) {
        return em.createQuery("select l from MasterLink l where l.attemptId = :attempt", MasterLink.class)
                .setParameter("attempt", attemptId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** The link of a well-formed secret, looked up by its hash and locked (views and comments count one at a time). */
    private Optional<MasterLink> locked(String secret) {
        Optional<String> hash = SecretLinks.hashOf(secret);
        if (hash.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("select l from MasterLink l where l.tokenHash = :hash", MasterLink.class)
                .setParameter("hash", hash.get()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    private static Closed closedReason(Optional<MasterLink> link, Instant now) {
        if (link.isEmpty()) {
            return Closed.UNKNOWN;
        }
        LinkState state = link.get().state(now);
        return switch (state) {
            case OPEN -> null;
            case EXPIRED -> Closed.EXPIRED;
            case REVOKED -> Closed.REVOKED;
        };
    }

    private boolean viewedWith(MasterLink link, String nonce, Instant now) {
        Optional<String> hash = SecretLinks.hashOf(nonce);
        return hash.isPresent() && !em.createQuery("select v.id from LinkView v where v.linkId = :link "
                        + "and v.nonceHash = :hash and v.viewedAt > :since", UUID.class)
                .setParameter("link", link.getId()).setParameter("hash", hash.get())
                .setParameter("since", now.minus(NONCE_LIFETIME)).setMaxResults(1).getResultList().isEmpty();
    }

    private Opened shown(MasterLink link, String nonce, Locale locale) {
        Attempt attempt = em.find(Attempt.class, link.getAttemptId());
        Optional<Scenario> scenario = placements.find(attempt.getPlacementId())
                .filter(p -> rolePlays.scenario(p.getActivity().key(), locale).isPresent())
                // the placement's own rubric, as the teacher assessed with it
                .map(p -> rolePlays.scenario(rolePlays.placed(p), locale));
        if (scenario.isEmpty()) {
            LOG.warnf("FEEDBACK_LINK_UNKNOWN: link %s: its scenario is gone", link.getId());
            return new Opened(null, Closed.UNKNOWN);
        }
        Set<UUID> playable = attempt.recordings().stream().filter(id -> media.find(id).isPresent())
                .collect(Collectors.toUnmodifiableSet());
        String name = FirstName.of(attempt.getStudentName()).orElse(null);
        return new Opened(new Shown(link, attempt, scenario.get(), name, nonce, playable), null);
    }
}
