package dk.laerepladsklar.curriculum.entity;

import static dk.laerepladsklar.curriculum.entity.TestModules.checkbox;
import static dk.laerepladsklar.curriculum.entity.TestModules.module;
import static dk.laerepladsklar.curriculum.entity.TestModules.reflection;
import static dk.laerepladsklar.curriculum.entity.TestModules.showWork;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.lti.api.PlatformId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Voice answers and shown work as a step's answer: what makes the step done, what replaces and what undoes it. */
class MediaAnswersTest {

    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

    private final ReflectionStep think = reflection("think");
    private final TaskStep show = showWork("show", WorkMedia.PHOTO, WorkMedia.VIDEO);
    private final TaskStep photoOnly = showWork("photo", WorkMedia.PHOTO);
    private final TeachingModule module = module(think, show, photoOnly, checkbox("call"));
    private final ModuleProgress progress = new ModuleProgress(UUID.randomUUID(), new PlatformId(UUID.randomUUID()),
            "student-ali", "Ali", NOW);

    @Test
    void aVoiceAnswerAloneAnswersAReflectionAndARetakeReplacesIt() {
        UUID first = UUID.randomUUID();
        assertEquals(Optional.empty(), progress.speak(think, first, NOW));
        assertTrue(progress.isDone("think"), "a voice answer counts as an answer");
        assertEquals(Optional.of(first), progress.voice("think"));
        assertEquals(Optional.empty(), progress.reflection("think"));

        UUID second = UUID.randomUUID();
        assertEquals(Optional.of(first), progress.speak(think, second, NOW), "the replaced answer is handed back to delete");
        assertEquals(Optional.of(second), progress.voice("think"));
    }

    @Test
    void writingAndSpeakingBothCountAndDeletingOneKeepsTheOther() {
        progress.reflect(think, "Jeg er god til at lytte.", NOW);
        UUID voice = UUID.randomUUID();
        progress.speak(think, voice, NOW);

        assertEquals(Optional.of(voice), progress.unspeak(think, NOW));
        assertTrue(progress.isDone("think"), "the written answer still answers it");
        assertEquals(Optional.of("Jeg er god til at lytte."), progress.reflection("think"));
        assertEquals(Optional.empty(), progress.unspeak(think, NOW), "nothing left to delete");
    }

    @Test
    void deletingTheOnlyAnswerMeansTheReflectionIsNotAnswered() {
        progress.speak(think, UUID.randomUUID(), NOW);
        progress.unspeak(think, NOW);

        assertFalse(progress.isDone("think"));
        assertEquals(Optional.empty(), progress.voice("think"));
        assertEquals(0, progress.firstUnfinished(module).map(s -> module.indexOf(s.id())).orElseThrow());
    }

    @Test
    void withAVoiceAnswerTheWrittenWordsMayBeTakenAwayButNeverLeftBlankAlone() {
        assertThrows(IllegalArgumentException.class, () -> progress.reflect(think, "  ", NOW));

        progress.reflect(think, "Først skrevet", NOW);
        progress.speak(think, UUID.randomUUID(), NOW);
        progress.reflect(think, "   ", NOW);

        assertEquals(Optional.empty(), progress.reflection("think"), "the words are gone");
        assertTrue(progress.isDone("think"), "the voice still answers it");
    }

    @Test
    void showingAPhotoOrFilmDoesTheTaskWithAnOptionalCaption() {
        UUID photo = UUID.randomUUID();
        assertEquals(Optional.empty(), progress.showWork(show, photo, WorkMedia.PHOTO, NOW));
        assertTrue(progress.isDone("show"));
        progress.caption(show, "  Et skab i eg, jeg har lavet på værkstedet. ", NOW);
        StepProgress work = progress.work("show").orElseThrow();
        assertEquals(photo, work.getWorkMediaId());
        assertEquals(WorkMedia.PHOTO, work.getWorkKind());
        assertEquals("Et skab i eg, jeg har lavet på værkstedet.", work.getWorkCaption());

        UUID film = UUID.randomUUID();
        assertEquals(Optional.of(photo), progress.showWork(show, film, WorkMedia.VIDEO, NOW), "a new one replaces the photo");
        assertEquals(WorkMedia.VIDEO, progress.work("show").orElseThrow().getWorkKind());
        assertEquals("Et skab i eg, jeg har lavet på værkstedet.", progress.work("show").orElseThrow().getWorkCaption(),
                "the caption stays with a new take");

        progress.caption(show, " ", NOW);
        assertEquals(null, progress.work("show").orElseThrow().getWorkCaption(), "a blank caption removes it");
    }

    @Test
    void deletingTheShownWorkUndoesTheTask() {
        UUID photo = UUID.randomUUID();
        progress.showWork(show, photo, WorkMedia.PHOTO, NOW);
        progress.caption(show, "Min ret", NOW);

        assertEquals(Optional.of(photo), progress.unshowWork(show, NOW));
        assertFalse(progress.isDone("show"));
        assertTrue(progress.work("show").isEmpty());
        assertEquals(Optional.empty(), progress.unshowWork(show, NOW));
    }

    @Test
    void aShowWorkTaskTakesOnlyItsMediaAndIsNeverTickedOff() {
        assertThrows(IllegalArgumentException.class, () -> progress.showWork(photoOnly, UUID.randomUUID(), WorkMedia.VIDEO, NOW));
        assertThrows(IllegalArgumentException.class, () -> progress.confirm(show, NOW));
        assertThrows(IllegalArgumentException.class, () -> progress.uploaded(show, NOW));
        assertThrows(IllegalArgumentException.class, () -> progress.showWork(checkbox("call"), UUID.randomUUID(),
                WorkMedia.PHOTO, NOW));
        assertThrows(IllegalArgumentException.class, () -> progress.caption(show, "Ingen billede endnu", NOW),
                "no caption without a work");
        progress.showWork(show, UUID.randomUUID(), WorkMedia.PHOTO, NOW);
        assertThrows(IllegalArgumentException.class, () -> progress.caption(show, "x".repeat(TaskStep.MAX_CAPTION + 1), NOW));
        assertFalse(progress.isDone("photo"));
    }

    @Test
    void aTaskStepChecksItsMedia() {
        assertThrows(IllegalArgumentException.class, () -> new TaskStep("s", "T", "I", TaskKind.SHOW_WORK, List.of(),
                List.of(), 0, "Send"), "no media");
        assertThrows(IllegalArgumentException.class, () -> new TaskStep("s", "T", "I", TaskKind.SHOW_WORK, List.of(),
                List.of(WorkMedia.VIDEO), 121, "Send"), "a film over two minutes");
        assertThrows(IllegalArgumentException.class, () -> new TaskStep("s", "T", "I", TaskKind.SHOW_WORK, List.of(),
                List.of(WorkMedia.PHOTO), 60, "Send"), "a film length without films");
        assertThrows(IllegalArgumentException.class, () -> new TaskStep("s", "T", "I", TaskKind.SHOW_WORK,
                List.of(FileType.PDF), List.of(WorkMedia.PHOTO), 0, "Send"), "file types on a show-work task");
        assertThrows(IllegalArgumentException.class, () -> new TaskStep("s", "T", "I", TaskKind.CHECKBOX, List.of(),
                List.of(WorkMedia.PHOTO), 0, "Send"), "media on a checkbox");
        assertThrows(IllegalArgumentException.class, () -> new TaskStep("s", "T", "I", TaskKind.SHOW_WORK, List.of(),
                List.of(WorkMedia.PHOTO, WorkMedia.PHOTO), 0, "Send"), "a medium twice");

        assertEquals("image/jpeg,image/png,image/webp,video/mp4,video/quicktime,video/webm", show.mediaAcceptAttribute());
        assertFalse(show.mediaAcceptAttribute().contains("svg"), "never SVG");
        assertEquals("image/*,video/*", show.cameraAcceptAttribute());
        assertEquals("image/*", photoOnly.cameraAcceptAttribute());
    }

    @Test
    void aReferenceNamesExactlyOnePlacementAndStep() {
        UUID placement = UUID.randomUUID();
        String ref = MediaAnswerReference.of(placement, "my-strengths");
        assertEquals("module:" + placement + ":my-strengths", ref);
        assertEquals(Optional.of(new MediaAnswerReference(placement, "my-strengths")), MediaAnswerReference.parse(ref));

        for (String bad : new String[] {null, "", "module:", "module:" + placement, "module:not-a-uuid:step",
                "module:" + placement + ":Step", "module:" + placement + ":step:extra", "roleplay:" + placement + ":step",
                " module:" + placement + ":step", "module:" + placement + ":" + "s".repeat(81),
                "module:" + placement.toString().toUpperCase() + ":step", "module:" + placement + ":../x"}) {
            assertEquals(Optional.empty(), MediaAnswerReference.parse(bad), String.valueOf(bad));
        }
    }
}
