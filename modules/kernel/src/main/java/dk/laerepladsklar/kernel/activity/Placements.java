package dk.laerepladsklar.kernel.activity;

import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.lti.api.Launch;
import dk.laerepladsklar.lti.api.LaunchKind;
import dk.laerepladsklar.lti.api.PlatformId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The activities placed in courses, and which placement a launch opens. */
@ApplicationScoped
public class Placements {

    /** Custom parameter with the placement a Deep Linking content item created. */
    public static final String PLACEMENT_PARAMETER = "placement";
    /** Custom parameter with the gradebook column's maximum, for a placement made again from the link. */
    public static final String SCORE_MAXIMUM_PARAMETER = "score_maximum";

    @PersistenceContext
    EntityManager em;

    @Transactional
    public Placement create(PlatformId platform, String contextId, ActivityRef activity, String title, double scoreMaximum) {
        Placement placement = new Placement(platform, contextId, activity, title, scoreMaximum);
        em.persist(placement);
        return placement;
    }

    public Optional<Placement> find(UUID id) {
        return Optional.ofNullable(id == null ? null : em.find(Placement.class, id));
    }

    /**
     * The placements of one course the LMS uses, oldest first: bound to a link by its first launch. Provisional
     * ones (picked in Deep Linking, never launched) are left out: the LMS may not have kept them. So are parts: they
     * are shown inside their whole, never beside it.
     */
    public List<Placement> inContext(PlatformId platform, String contextId) {
        return em.createQuery("select p from Placement p where p.platformId = :platform and p.contextId = :context "
                        + "and p.resourceLinkId is not null and p.partOf is null order by p.createdAt", Placement.class)
                .setParameter("platform", platform.value()).setParameter("context", contextId).getResultList();
    }

    /**
     * Places an activity as a part of {@code whole} (see {@link Placement}): same course, no link of its own, no
     * column of its own until {@link #giveOwnColumn} says so. The caller checked that the launch teaches the course.
     *
     * @throws IllegalArgumentException when the whole is gone or is a part itself
     */
    @Transactional
    public Placement placeWithin(Placement whole, ActivityRef activity, String title, double scoreMaximum) {
        Placement current = find(whole == null ? null : whole.getId())
                .orElseThrow(() -> new IllegalArgumentException("The whole to place a part in does not exist"));
        Placement part = Placement.partOf(current, activity, title, scoreMaximum);
        em.persist(part);
        return part;
    }

    /** The parts of a whole, oldest first (empty for a placement without parts, or one that does not exist). */
    public List<Placement> partsOf(UUID whole) {
        if (whole == null) {
            return List.of();
        }
        return em.createQuery("select p from Placement p where p.partOf = :whole order by p.createdAt, p.id", Placement.class)
                .setParameter("whole", whole).getResultList();
    }

    /**
     * The whole a placement's scores and gradebook settings follow: a part's whole, or the placement itself when it
     * is not a part. Empty when a part's whole is gone (it is being deleted with it).
     */
    public Optional<Placement> wholeOf(Placement placement) {
        return placement.getPartOf().map(this::find).orElse(Optional.of(placement));
    }

    /**
     * Gives a part its own gradebook column, or takes it away (the caller checked that the launch teaches the
     * course). Nothing happens for a placement that does not exist.
     *
     * @throws IllegalStateException when the placement is not a part
     */
    @Transactional
    public void giveOwnColumn(UUID part, boolean own) {
        find(part).ifPresent(p -> p.giveOwnColumn(own));
    }

    /**
     * Deletes a part and, through the database, everything the modules keep for it (progress, attempts); a whole is
     * never deleted this way. The caller checked that the launch teaches the course.
     *
     * @return whether a part was deleted
     */
    @Transactional
    public boolean removePart(UUID part) {
        return part != null && em.createQuery("delete from Placement p where p.id = :id and p.partOf is not null")
                .setParameter("id", part).executeUpdate() == 1;
    }

    /**
     * Deletes at most {@code limit} provisional placements made before {@code madeBefore}, oldest first, and says
     * how many. A launch binding one of them at this moment keeps it: only still unbound rows are deleted. Parts are
     * never provisional (they have no link to wait for); a provisional whole takes its parts with it.
     */
    @Transactional
    public int removeProvisional(Instant madeBefore, int limit) {
        List<UUID> due = em.createQuery("select p.id from Placement p where p.resourceLinkId is null and p.partOf is null "
                        + "and p.createdAt < :before order by p.createdAt", UUID.class)
                .setParameter("before", madeBefore).setMaxResults(limit).getResultList();
        return due.isEmpty() ? 0 : em.createQuery("delete from Placement p where p.id in :ids and p.resourceLinkId is null "
                        + "and p.partOf is null")
                .setParameter("ids", due).executeUpdate();
    }

    /**
     * The placement a resource link launch opens: the one bound to its link; else the one its custom
     * {@code placement} parameter names (bound now, at the first launch); else a new one for its custom
     * {@code activity} parameter (a copied course, a link an admin made by hand, or a link whose provisional placement
     * was cleaned up before its first launch). Binding ends a placement's provisional time. Also keeps the
     * placement's gradebook column up to date with what the launch says.
     */
    @Transactional
    public Optional<Placement> forLaunch(Launch launch) {
        if (launch.kind() != LaunchKind.RESOURCE_LINK || launch.context() == null) {
            return Optional.empty();
        }
        String link = launch.resourceLink().id();
        Optional<Placement> placement = em.createQuery(
                        "select p from Placement p where p.platformId = :platform and p.resourceLinkId = :link", Placement.class)
                .setParameter("platform", launch.platform().value()).setParameter("link", link)
                .getResultStream().findFirst();
        if (placement.isEmpty()) {
            placement = unboundNamedBy(launch).or(() -> createdFromActivityParameter(launch));
            placement.ifPresent(p -> p.bindTo(link));
        }
        placement.ifPresent(p -> p.useGradebook(launch.gradebook()));
        return placement;
    }

    /**
     * The placement a submission review opens: a part whose own column the review names (the platform names the
     * whole's link with it, as the column was made for that link); else the one bound to its resource link; or, when
     * the platform named only the gradebook column, the one of the launch's course with that column. Only looks: a
     * review creates and binds nothing.
     */
    @Transactional
    public Optional<Placement> forReview(Launch launch) {
        if (launch.kind() != LaunchKind.SUBMISSION_REVIEW || launch.context() == null) {
            return Optional.empty();
        }
        String column = launch.review().lineItemUrl();
        if (column != null) {
            Optional<Placement> part = em.createQuery("select p from Placement p where p.platformId = :platform "
                            + "and p.contextId = :course and p.lineItemUrl = :column and p.partOf is not null", Placement.class)
                    .setParameter("platform", launch.platform().value()).setParameter("course", launch.context().id())
                    .setParameter("column", column).getResultStream().findFirst();
            if (part.isPresent()) {
                return part;
            }
        }
        if (launch.resourceLink() != null) {
            return em.createQuery(
                            "select p from Placement p where p.platformId = :platform and p.resourceLinkId = :link", Placement.class)
                    .setParameter("platform", launch.platform().value()).setParameter("link", launch.resourceLink().id())
                    .getResultStream().findFirst();
        }
        if (column == null) {
            return Optional.empty();
        }
        return em.createQuery("select p from Placement p where p.platformId = :platform and p.contextId = :course"
                        + " and p.lineItemUrl = :column", Placement.class)
                .setParameter("platform", launch.platform().value()).setParameter("course", launch.context().id())
                .setParameter("column", column).getResultStream().findFirst();
    }

    /** Binds the link of this launch, which carries no activity, to the one a teacher chose for it. */
    @Transactional
    public Placement chooseFor(LaunchContext launch, ActivityRef activity, String title, double scoreMaximum) {
        Placement placement = create(launch.platform(), launch.course().id(), activity, title, scoreMaximum);
        placement.bindTo(launch.link().id());
        placement.useGradebook(launch.gradebook());
        return placement;
    }

    /**
     * The placement, locked for writing until the transaction ends: the gradebook makes a placement's column
     * under this lock, so two workers never make two columns for one link.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Placement> lockForColumn(UUID id) {
        return Optional.ofNullable(id == null ? null : em.find(Placement.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }

    /** A teacher's "show points as they grow" choice for a placement (the caller checked that they teach it). */
    @Transactional
    public void gradeGrowingPoints(UUID id, boolean graded) {
        find(id).ifPresent(p -> p.gradeGrowingPoints(graded));
    }

    private Optional<Placement> unboundNamedBy(Launch launch) {
        String named = launch.custom().get(PLACEMENT_PARAMETER);
        UUID id;
        try {
            id = named == null ? null : UUID.fromString(named);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        // a part has no link of its own: a link naming one (typed by hand) is treated as naming nothing
        return find(id).filter(p -> p.getResourceLinkId() == null && !p.isPart())
                .filter(p -> p.getPlatform().equals(launch.platform()) && p.getContextId().equals(launch.context().id()));
    }

    private Optional<Placement> createdFromActivityParameter(Launch launch) {
        return ActivityRef.parse(launch.custom().get(ActivityRef.CUSTOM_PARAMETER)).map(activity -> {
            String title = launch.resourceLink().title() == null ? activity.toString() : launch.resourceLink().title();
            double maximum = parseMaximum(launch.custom().get(SCORE_MAXIMUM_PARAMETER));
            Placement placement = new Placement(launch.platform(), launch.context().id(), activity, title, maximum);
            em.persist(placement);
            return placement;
        });
    }

    private static double parseMaximum(String value) {
        try {
            double maximum = value == null ? 100 : Double.parseDouble(value);
            return maximum > 0 ? maximum : 100;
        } catch (NumberFormatException e) {
            return 100;
        }
    }
}
