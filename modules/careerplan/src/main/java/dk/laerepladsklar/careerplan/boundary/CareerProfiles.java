package dk.laerepladsklar.careerplan.boundary;

import dk.laerepladsklar.careerplan.entity.CareerPlan;
import dk.laerepladsklar.careerplan.entity.CareerProfile;
import dk.laerepladsklar.careerplan.entity.PlanRefused;
import dk.laerepladsklar.careerplan.entity.ProfileContent;
import dk.laerepladsklar.careerplan.entity.ProfileLink;
import dk.laerepladsklar.kernel.access.Access;
import dk.laerepladsklar.kernel.access.CourseRef;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.media.MediaItem;
import dk.laerepladsklar.kernel.media.MediaStore;
import dk.laerepladsklar.kernel.media.MediaStored;
import dk.laerepladsklar.kernel.media.MediaUploadRule;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * What a student does with their own one-page profile, one transaction per step: it is found by the launch's platform
 * and user id (nobody reaches another's profile through here) and made from their plan on the first visit. The photo
 * or film of their work goes to the media store as {@value #PURPOSE} with the reference {@value #WORK_REFERENCE}: the
 * store asks here before the first byte (only the uploader's own profile, in the launch's course) and tells here when
 * it is stored (it becomes the profile's work; the one it replaces is deleted). Withdrawing the profile revokes every
 * shared link at once.
 */
@ApplicationScoped
public class CareerProfiles implements MediaUploadRule {

    /** The media store's purpose for "show your work": a photo or a short film. */
    public static final String PURPOSE = "show-work";
    /** The student's profile page (under the plan's pages: students, and staff trying it). */
    public static final String PAGE = "/careerplan/profile.xhtml";
    public static final String PREFIX = "career-profile:";
    public static final String WORK_REFERENCE = PREFIX + "work";
    private static final Logger LOG = Logger.getLogger(CareerProfiles.class);

    @PersistenceContext
    EntityManager em;
    @Inject
    CareerPlans plans;
    @Inject
    Access access;
    @Inject
    MediaStore media;

    /** The student's profile, if they have one (nothing is created). */
    @Transactional
    public Optional<CareerProfile> find(StudentRef student) {
        return em.createQuery("select p from CareerProfile p where p.platformId = :platform "
                        + "and p.studentSubject = :subject", CareerProfile.class)
                .setParameter("platform", student.platform().value()).setParameter("subject", student.subject())
                .getResultStream().findFirst();
    }

    /** The launch's own profile, drafted from their plan on the first visit. */
    @Transactional
    public CareerProfile open(PlacedPlan placed, LaunchContext launch) {
        CareerPlan plan = plans.open(placed, launch);
        return find(plan.student()).orElseGet(() -> {
            CareerProfile created = CareerProfile.draftFrom(plan, Instant.now());
            em.persist(created);
            return created;
        });
    }

    @Transactional(rollbackOn = PlanRefused.class)
    public CareerProfile edit(PlacedPlan placed, LaunchContext launch, ProfileContent content) {
        CareerProfile profile = locked(placed, launch);
        CareerPlan plan = plans.find(profile.student()).orElseThrow(() -> new PlanRefused("PLAN_NOT_FOUND"));
        profile.edit(content, plan.snapshot(), Instant.now());
        return profile;
    }

    @Transactional(rollbackOn = PlanRefused.class)
    public CareerProfile publish(PlacedPlan placed, LaunchContext launch) {
        CareerProfile profile = locked(placed, launch);
        profile.publish(Instant.now());
        LOG.infof("PROFILE_PUBLISHED: profile %s", profile.getId());
        return profile;
    }

    /** Takes the profile back: every open link is revoked in the same transaction. */
    @Transactional
    public CareerProfile withdraw(PlacedPlan placed, LaunchContext launch) {
        CareerProfile profile = locked(placed, launch);
        Instant now = Instant.now();
        if (profile.withdraw(now)) {
            long closed = em.createQuery("select l from ProfileLink l where l.profileId = :profile", ProfileLink.class)
                    .setParameter("profile", profile.getId()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultStream().filter(l -> l.isOpen(now) && l.revoke(ProfileLink.ClosedBy.WITHDRAWN, now)).count();
            LOG.infof("PROFILE_WITHDRAWN: profile %s, %d link(s) revoked", profile.getId(), closed);
        }
        return profile;
    }

    /** Removes the photo or film of the work; the file is deleted at once. */
    @Transactional
    public CareerProfile removeWork(PlacedPlan placed, LaunchContext launch) {
        CareerProfile profile = locked(placed, launch);
        profile.removeWork(Instant.now()).ifPresent(media::delete);
        return profile;
    }

    /** Every link of the profile, the newest first. */
    @Transactional
    public List<ProfileLink> links(CareerProfile profile) {
        return em.createQuery("select l from ProfileLink l where l.profileId = :profile order by l.createdAt desc",
                ProfileLink.class).setParameter("profile", profile.getId()).getResultList();
    }

    @Override
    @Transactional
    public Optional<String> refusal(String purpose, String reference, LaunchContext uploader) {
        if (reference == null || !reference.startsWith(PREFIX)) {
            return Optional.empty();
        }
        if (!PURPOSE.equals(purpose) || !WORK_REFERENCE.equals(reference)) {
            LOG.warn("PROFILE_WORK_REFUSED: not a photo or film of the profile");
            return Optional.of("MEDIA_NOT_ALLOWED");
        }
        StudentRef me = new StudentRef(uploader.platform(), uploader.actor().subject());
        Optional<CourseRef> course = CourseRef.of(uploader);
        if (course.isEmpty() || !access.mayChange(uploader, me, course.get()) || find(me).isEmpty()) {
            LOG.warn("PROFILE_WORK_REFUSED: not the uploader's own profile");
            return Optional.of("MEDIA_NOT_ALLOWED");
        }
        return Optional.empty();
    }

    /** In the storing transaction: a photo or film that cannot be the profile's is not kept either. */
    void stored(@Observes MediaStored event) {
        MediaItem item = event.item();
        if (!WORK_REFERENCE.equals(item.reference()) || !PURPOSE.equals(item.purpose())) {
            return;
        }
        CareerProfile profile = find(item.owner())
                .orElseThrow(() -> new IllegalStateException("A profile's work for a student without a profile"));
        em.lock(profile, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        profile.showWork(item.id(), item.kind(), Instant.now()).ifPresent(media::delete);
    }

    private CareerProfile locked(PlacedPlan placed, LaunchContext launch) {
        CareerProfile profile = open(placed, launch);
        em.lock(profile, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return profile;
    }
}
