package dk.laerepladsklar.careerplan.boundary;

import dk.laerepladsklar.careerplan.entity.CareerPlan;
import dk.laerepladsklar.careerplan.entity.PlanSection;
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
import java.util.Optional;

/**
 * Voice answers in the plan: the student records a section's answer in the browser and uploads it to the media store
 * as a voice answer named {@code career-plan:<section>}. The store asks here before the first byte (only the
 * uploader's own plan, opened in the launch's course) and tells here when it is stored: it becomes the section's
 * voice answer, and the one it replaces is deleted.
 */
@ApplicationScoped
public class PlanVoices implements MediaUploadRule {

    /** The media store's purpose for a spoken answer instead of writing (sound only). */
    public static final String PURPOSE = "voice-answer";
    public static final String PREFIX = "career-plan:";

    @PersistenceContext
    EntityManager em;
    @Inject
    CareerPlans plans;
    @Inject
    Access access;
    @Inject
    MediaStore media;

    public static String reference(PlanSection section) {
        return PREFIX + section.key();
    }

    static Optional<PlanSection> section(String reference) {
        if (reference == null || !reference.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return PlanSection.byKey(reference.substring(PREFIX.length()));
    }

    @Override
    @Transactional
    public Optional<String> refusal(String purpose, String reference, LaunchContext uploader) {
        if (reference == null || !reference.startsWith(PREFIX)) {
            return Optional.empty();
        }
        if (!PURPOSE.equals(purpose) || section(reference).isEmpty()) {
            return Optional.of("MEDIA_NOT_ALLOWED");
        }
        StudentRef me = new StudentRef(uploader.platform(), uploader.actor().subject());
        Optional<CourseRef> course = CourseRef.of(uploader);
        if (course.isEmpty() || !access.mayChange(uploader, me, course.get()) || plans.find(me).isEmpty()) {
            return Optional.of("MEDIA_NOT_ALLOWED");
        }
        return Optional.empty();
    }

    /** In the storing transaction: a voice answer that cannot be kept is not stored either. */
    void stored(@Observes MediaStored event) {
        MediaItem item = event.item();
        Optional<PlanSection> section = section(item.reference());
        if (section.isEmpty() || !PURPOSE.equals(item.purpose())) {
            return;
        }
        CareerPlan plan = plans.find(item.owner())
                .orElseThrow(() -> new IllegalStateException("A plan's voice answer for a student without a plan"));
        em.lock(plan, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        plan.attachVoice(section.get(), item.id(), Instant.now()).ifPresent(media::delete);
    }

    /** Removes a section's voice answer from the launch's own plan; the recording is deleted at once. */
    @Transactional
    public void remove(PlacedPlan placed, LaunchContext launch, PlanSection section) {
        CareerPlan plan = plans.open(placed, launch);
        em.lock(plan, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        plan.removeVoice(section, Instant.now()).ifPresent(media::delete);
    }
}
