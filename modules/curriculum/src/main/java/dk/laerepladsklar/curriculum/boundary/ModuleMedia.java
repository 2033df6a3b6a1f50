package dk.laerepladsklar.curriculum.boundary;

import dk.laerepladsklar.curriculum.entity.MediaAnswerReference;
import dk.laerepladsklar.curriculum.entity.ReflectionStep;
import dk.laerepladsklar.curriculum.entity.Step;
import dk.laerepladsklar.curriculum.entity.TaskStep;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.media.MediaKind;
import dk.laerepladsklar.kernel.media.MediaPurpose;
import dk.laerepladsklar.kernel.media.MediaPurposes;
import dk.laerepladsklar.kernel.media.MediaStored;
import dk.laerepladsklar.kernel.media.MediaUploadRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The teaching modules' files in the media store: a voice answer to a reflection (a sound only) and the work a student
 * shows for a "show your work" task (a photo or a short film). An upload names its purpose and its step
 * ({@link MediaAnswerReference}); before the first byte this class says whether that step is the uploader's to answer
 * (their own progress in a module placed in the launch's course, a step of the right kind), and once the store has
 * checked and kept the file ({@link MediaStored}) it becomes the step's answer. Who may play it back is the kernel's
 * {@code Access}, asked by the store for the file's owner and course: the student, the course's staff, their mentor.
 */
@ApplicationScoped
public class ModuleMedia implements MediaPurposes, MediaUploadRule {

    private static final long MB = 1024L * 1024L;
    /** A spoken answer of at most three minutes: a few MB as the browsers record it (Opus or AAC); 30 MB leaves room. */
    public static final MediaPurpose VOICE = MediaPurpose.of("module-voice", 30 * MB, MediaKind.AUDIO);
    /** A photo, or a film of at most two minutes from a phone's camera (1080p is about 100–200 MB). */
    public static final MediaPurpose WORK = MediaPurpose.of("module-work", 250 * MB, MediaKind.IMAGE, MediaKind.VIDEO);
    /** The longest voice answer the recorder takes. */
    public static final int VOICE_SECONDS = 180;
    private static final Logger LOG = Logger.getLogger(ModuleMedia.class);

    @Inject
    ModulePlacements placements;
    @Inject
    ModuleProgresses progresses;
    @Inject
    TeachingModules modules;

    @Override
    public List<MediaPurpose> purposes() {
        return List.of(VOICE, WORK);
    }

    @Override
    public Optional<String> refusal(String purpose, String reference, LaunchContext uploader) {
        boolean ours = VOICE.name().equals(purpose) || WORK.name().equals(purpose);
        boolean claimsOurs = reference != null && reference.startsWith(MediaAnswerReference.PREFIX);
        if (!ours) {
            // a module's step with another feature's purpose (a 300 MB film as a voice answer): not ours to store
            return claimsOurs ? refuse("MEDIA_PURPOSE_UNKNOWN", "MODULE_MEDIA_OTHER_PURPOSE") : Optional.empty();
        }
        Optional<MediaAnswerReference> ref = MediaAnswerReference.parse(reference);
        if (ref.isEmpty()) {
            return refuse("MEDIA_NOT_ALLOWED", "MODULE_MEDIA_NO_STEP");
        }
        Optional<PlacedModule> placed = placements.openToWorkOn(ref.get().placementId().toString(), uploader);
        if (placed.isEmpty() || !progresses.begun(placed.get(), uploader)) {
            return refuse("MEDIA_NOT_ALLOWED", "MODULE_MEDIA_NOT_OWN_MODULE");
        }
        Optional<Step> step = modules.module(placed.get().moduleKey(), uploader.locale())
                .flatMap(m -> m.step(ref.get().stepId()));
        boolean fits = VOICE.name().equals(purpose)
                ? step.filter(ReflectionStep.class::isInstance).isPresent()
                : step.filter(s -> s instanceof TaskStep task && task.isShowWork()).isPresent();
        return fits ? Optional.empty() : refuse("MEDIA_PURPOSE_UNKNOWN", "MODULE_MEDIA_WRONG_STEP");
    }

    private static Optional<String> refuse(String code, String why) {
        LOG.warnf("Module media refused: %s", why);
        return Optional.of(code);
    }

    /** A file of ours is stored: it becomes its step's answer, in the storing transaction. */
    void stored(@Observes MediaStored event) {
        String purpose = event.item().purpose();
        if (!VOICE.name().equals(purpose) && !WORK.name().equals(purpose)) {
            return;
        }
        MediaAnswerReference ref = MediaAnswerReference.parse(event.item().reference())
                .orElseThrow(() -> new IllegalStateException("A module answer without its step"));
        progresses.takeMedia(event.item(), ref, VOICE.name().equals(purpose));
    }
}
