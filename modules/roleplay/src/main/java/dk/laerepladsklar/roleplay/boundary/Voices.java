package dk.laerepladsklar.roleplay.boundary;

import dk.laerepladsklar.kernel.access.Access;
import dk.laerepladsklar.kernel.access.CourseRef;
import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.activity.Placements;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.media.MediaItem;
import dk.laerepladsklar.kernel.media.MediaKind;
import dk.laerepladsklar.kernel.media.MediaPurpose;
import dk.laerepladsklar.kernel.media.MediaPurposes;
import dk.laerepladsklar.kernel.media.MediaReadRule;
import dk.laerepladsklar.kernel.media.MediaStore;
import dk.laerepladsklar.kernel.media.MediaStored;
import dk.laerepladsklar.kernel.media.MediaUploadRule;
import dk.laerepladsklar.roleplay.entity.PlacementVoice;
import dk.laerepladsklar.roleplay.entity.Scenario;
import dk.laerepladsklar.roleplay.entity.VoiceReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Recorded voices of the other person's lines. The scenario pack may ship one per line; a teacher of the course may
 * upload their own (or a colleague master's) per placement, through the media store as a sound only
 * ({@value #PURPOSE}, {@code roleplay-voice:<placement>:<line>}). The store asks this class before the first byte
 * whether the uploader teaches the placement's course and the line is the scenario's ({@link MediaUploadRule}), tells it
 * when the file is stored ({@link MediaStored}), which makes it the line's voice, and asks it who besides the uploader's
 * readers may hear it ({@link MediaReadRule}): everyone in that course on that platform, students included, and only
 * while it is a line's voice. Pages play a line's voice instead of the browser's read-aloud when there is one.
 */
@ApplicationScoped
public class Voices implements MediaUploadRule, MediaReadRule, MediaPurposes {

    public static final String PURPOSE = "roleplay-voice";
    /** A line is a few seconds of speech; a phone's recording of it is well under this. */
    public static final MediaPurpose VOICE = MediaPurpose.of(PURPOSE, 10L * 1024 * 1024, MediaKind.AUDIO);
    private static final Logger LOG = Logger.getLogger(Voices.class);

    @PersistenceContext
    EntityManager em;
    @Inject
    Access access;
    @Inject
    Placements placements;
    @Inject
    RolePlayPlacements rolePlayPlacements;
    @Inject
    RolePlays rolePlays;
    @Inject
    MediaStore media;

    /** Where a line's voice is played from (an application path without the launch), and whose it is. */
    public record Voice(String lineId, String path, boolean teachers) {
    }

    @Override
    public List<MediaPurpose> purposes() {
        return List.of(VOICE);
    }

    /** The voice of every line that has one: the teacher's for this placement, else the pack's. */
    @Transactional
    public Map<String, Voice> of(PlacedRolePlay placed, Scenario scenario) {
        Map<String, UUID> own = own(placed.placementId());
        Map<String, Voice> voices = new java.util.LinkedHashMap<>();
        for (Scenario.Line line : scenario.lines()) {
            if (own.containsKey(line.id())) {
                voices.put(line.id(), new Voice(line.id(), MEDIA_PATH + own.get(line.id()), true));
            } else {
                scenario.voice(line.id()).ifPresent(file -> voices.put(line.id(),
                        new Voice(line.id(), VoiceResource.PACK_PATH + file, false)));
            }
        }
        return voices;
    }

    /** The media store's playback address (the media module's servlet). */
    static final String MEDIA_PATH = "/api/media/items/";

    /** The teacher's voice of a line taken away (the pack's, or read-aloud, again); false when there was none. */
    @Transactional
    public boolean remove(PlacedRolePlay placed, String lineId) {
        PlacementVoice voice = em.find(PlacementVoice.class, new PlacementVoice.Key(placed.placementId(), lineId));
        if (voice == null) {
            return false;
        }
        em.remove(voice);
        media.delete(voice.getMediaId());
        return true;
    }

    @Override
    @Transactional
    public Optional<String> refusal(String purpose, String reference, LaunchContext uploader) {
        boolean ours = PURPOSE.equals(purpose) || (reference != null && reference.startsWith(VoiceReference.PREFIX));
        if (!ours) {
            return Optional.empty();
        }
        Optional<VoiceReference> ref = VoiceReference.parse(reference);
        if (!PURPOSE.equals(purpose) || ref.isEmpty()) {
            return Optional.of("MEDIA_NOT_ALLOWED");
        }
        Optional<PlacedRolePlay> placed = rolePlayPlacements.openToTeach(ref.get().placement().toString(), uploader);
        if (placed.isEmpty()) {
            LOG.warn("VOICE_NOT_TEACHER: a voice upload for a role-play the uploader does not teach");
            return Optional.of("MEDIA_NOT_ALLOWED");
        }
        if (rolePlays.scenario(placed.get(), uploader.locale()).line(ref.get().lineId()).isEmpty()) {
            return Optional.of("MEDIA_NOT_ALLOWED");
        }
        return Optional.empty();
    }

    /** A voice has been stored: it becomes the line's, replacing (and deleting) an earlier one. In the storing transaction. */
    void stored(@Observes MediaStored event) {
        MediaItem item = event.item();
        if (!PURPOSE.equals(item.purpose())) {
            return;
        }
        VoiceReference ref = VoiceReference.parse(item.reference())
                .orElseThrow(() -> new IllegalStateException("A role-play voice without its line"));
        Placement placement = placements.find(ref.placement()).filter(p -> RolePlays.TYPE.equals(p.getActivity().type()))
                .filter(p -> CourseRef.of(p).equals(item.course()))
                .orElseThrow(() -> new IllegalStateException("A role-play voice for a placement of another course"));
        boolean known = rolePlays.scenario(placement.getActivity().key(), Locale.forLanguageTag("da"))
                .flatMap(s -> s.line(ref.lineId())).isPresent();
        if (!known) {
            throw new IllegalStateException("A role-play voice for a line the scenario does not have");
        }
        PlacementVoice voice = em.find(PlacementVoice.class, new PlacementVoice.Key(placement.getId(), ref.lineId()));
        if (voice == null) {
            em.persist(new PlacementVoice(placement.getId(), ref.lineId(), item.id(), item.owner().subject(), Instant.now()));
        } else {
            UUID replaced = voice.replace(item.id(), item.owner().subject(), Instant.now());
            if (!replaced.equals(item.id())) {
                media.delete(replaced);
            }
        }
    }

    /** Everyone in the placement's course (students, staff, mentors) hears a line's voice; only while it is one. */
    @Override
    @Transactional
    public boolean mayRead(MediaItem item, LaunchContext reader) {
        if (!PURPOSE.equals(item.purpose())) {
            return false;
        }
        List<PlacementVoice> voice = em.createQuery("select v from PlacementVoice v where v.mediaId = :media",
                PlacementVoice.class).setParameter("media", item.id()).getResultList();
        if (voice.isEmpty()) {
            return false;
        }
        Optional<CourseRef> course = placements.find(voice.get(0).getPlacementId()).filter(p -> !p.isProvisional())
                .map(CourseRef::of).filter(c -> c.equals(item.course()));
        return course.isPresent() && course.equals(CourseRef.of(reader))
                && (reader.actor().isStudent() || access.mayFollow(reader, course.get()));
    }

    private Map<String, UUID> own(UUID placementId) {
        return em.createQuery("select v from PlacementVoice v where v.placementId = :placement", PlacementVoice.class)
                .setParameter("placement", placementId).getResultStream()
                .collect(Collectors.toMap(PlacementVoice::getLineId, PlacementVoice::getMediaId));
    }
}
