package dk.laerepladsklar.curriculum.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.curriculum.entity.ContentPack;
import dk.laerepladsklar.curriculum.entity.QuizStep;
import dk.laerepladsklar.curriculum.entity.Step;
import dk.laerepladsklar.curriculum.entity.StepKind;
import dk.laerepladsklar.curriculum.entity.TaskKind;
import dk.laerepladsklar.curriculum.entity.TaskStep;
import dk.laerepladsklar.curriculum.entity.TeachingModule;
import dk.laerepladsklar.curriculum.entity.WorkMedia;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ContentPackReaderTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final Locale ENGLISH = Locale.forLanguageTag("en");
    private static final List<String> MODULES = List.of("finding-apprenticeship", "application-and-cv", "job-interview",
            "personal-branding", "networking", "world-of-work");

    private final ContentPack pack = ContentPackReader.fromClassPath(getClass().getClassLoader()).read();

    @Test
    void theRealPackHasTheSixModulesInDanishAndEnglishInItsOrder() {
        assertEquals(Set.of("da", "en"), pack.languages());
        assertEquals(MODULES, pack.modules(DANISH).stream().map(TeachingModule::id).toList());
        assertEquals(MODULES, pack.modules(ENGLISH).stream().map(TeachingModule::id).toList());
        assertEquals("Ansøgning og CV", pack.module("application-and-cv", DANISH).orElseThrow().title());
        assertEquals(ENGLISH, pack.module("application-and-cv", ENGLISH).orElseThrow().language());
    }

    @Test
    void danishIsTheDefaultLanguage() {
        assertEquals("da", pack.languageFor(Locale.GERMAN));
        assertEquals("da", pack.languageFor(null));
        assertEquals("en", pack.languageFor(Locale.forLanguageTag("en-GB")));
        assertEquals(pack.modules(DANISH), pack.modules(Locale.forLanguageTag("ar")));
    }

    @Test
    void danishAndEnglishHaveTheSameStructure() {
        for (String id : MODULES) {
            TeachingModule da = pack.module(id, DANISH).orElseThrow();
            TeachingModule en = pack.module(id, ENGLISH).orElseThrow();
            assertEquals(ContentPackReader.Structure.of(da), ContentPackReader.Structure.of(en), id);
            assertEquals(da.steps().stream().map(Step::id).toList(), en.steps().stream().map(Step::id).toList(), id);
            assertEquals(da.trades().size(), en.trades().size(), id);
            assertEquals(da.maxScore(), en.maxScore(), id);
            assertEquals(da.estimatedMinutes(), en.estimatedMinutes(), id);
            assertFalse(da.title().equals(en.title()), id + " is translated");
        }
    }

    @Test
    void everyModuleHasEveryStepType() {
        for (Locale language : List.of(DANISH, ENGLISH)) {
            for (TeachingModule module : pack.modules(language)) {
                assertEquals(EnumSet.allOf(StepKind.class), module.steps().stream().map(Step::kind)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(StepKind.class))), module.id());
                assertFalse(module.trades().isEmpty(), module.id() + " has cases from trades");
                assertTrue(module.steps().stream().filter(QuizStep.class::isInstance).map(QuizStep.class::cast)
                        .allMatch(q -> q.questions().stream().allMatch(question -> question.options().stream()
                                .filter(o -> o.correct()).count() == 1)), module.id());
            }
        }
        assertTrue(pack.modules(DANISH).stream().flatMap(m -> m.steps().stream()).filter(TaskStep.class::isInstance)
                .map(TaskStep.class::cast).anyMatch(t -> t.taskKind() == TaskKind.UPLOAD));
    }

    @Test
    void personalBrandingAsksTheStudentToShowTheirWorkByPhotoOrShortFilm() {
        for (Locale language : List.of(DANISH, ENGLISH)) {
            TaskStep show = (TaskStep) pack.module("personal-branding", language).orElseThrow().step("show-your-work")
                    .orElseThrow();
            assertEquals(TaskKind.SHOW_WORK, show.taskKind());
            assertEquals(List.of(WorkMedia.PHOTO, WorkMedia.VIDEO), show.media());
            assertEquals(120, show.maxVideoSeconds());
            assertTrue(show.accept().isEmpty());
        }
        assertTrue(pack.module("personal-branding", DANISH).orElseThrow().step("show-your-work").orElseThrow().title()
                .contains("Vis"));
    }

    @Test
    void aShowWorkTaskMustNameKnownMediaAndAShortFilm() {
        String task = "\"kind\": \"show-work\",";
        InvalidContentPack unknown = assertThrows(InvalidContentPack.class, () -> read(Map.of("da/personal-branding.json",
                s -> s.replace("\"photo\",", "\"drawing\","))));
        assertTrue(unknown.getMessage().contains("da/personal-branding.json"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("unknown medium \"drawing\" in media (known: photo, video)"), unknown.getMessage());

        InvalidContentPack tooLong = assertThrows(InvalidContentPack.class, () -> read(Map.of("en/personal-branding.json",
                s -> s.replace("\"maxVideoSeconds\": 120", "\"maxVideoSeconds\": 600"))));
        assertTrue(tooLong.getMessage().contains("maxVideoSeconds must be 10 to 120"), tooLong.getMessage());

        InvalidContentPack noMedia = assertThrows(InvalidContentPack.class, () -> read(Map.of("da/personal-branding.json",
                s -> s.replaceFirst("\"media\": \\[[^\\]]*\\],", ""))));
        assertTrue(noMedia.getMessage().contains("(show-your-work): \"media\" is missing"), noMedia.getMessage());

        InvalidContentPack fileTypes = assertThrows(InvalidContentPack.class, () -> read(Map.of("da/personal-branding.json",
                s -> s.replace(task, task + " \"accept\": [\"svg\"],"))));
        assertTrue(fileTypes.getMessage().contains("not file types (accept)"), fileTypes.getMessage());

        InvalidContentPack onCheckbox = assertThrows(InvalidContentPack.class, () -> read(Map.of("da/networking.json",
                s -> s.replace("\"kind\": \"checkbox\",", "\"kind\": \"checkbox\", \"media\": [\"photo\"],"))));
        assertTrue(onCheckbox.getMessage().contains("only a show-work task takes \"media\""), onCheckbox.getMessage());

        InvalidContentPack filmLengthWithoutFilm = assertThrows(InvalidContentPack.class, () -> read(Map.of(
                "da/personal-branding.json", s -> s.replace("\"photo\",\n        \"video\"", "\"photo\""))));
        assertTrue(filmLengthWithoutFilm.getMessage().contains("\"maxVideoSeconds\" without \"video\""),
                filmLengthWithoutFilm.getMessage());
    }

    @Test
    void aShowWorkTaskTakingOtherMediaInEnglishDiffersFromDanish() {
        InvalidContentPack e = assertThrows(InvalidContentPack.class, () -> read(Map.of("en/personal-branding.json",
                s -> s.replace("\"maxVideoSeconds\": 120", "\"maxVideoSeconds\": 60"))));

        assertTrue(e.getMessage().contains("en/personal-branding.json: its structure differs from da/personal-branding.json"),
                e.getMessage());
    }

    @Test
    void theImagesShownAreInThePack() {
        assertFalse(pack.images().isEmpty());
        assertTrue(pack.images().contains("cv-sheet.svg"));
        for (String image : pack.images()) {
            assertTrue(getClass().getClassLoader().getResource(ContentPackReader.CLASSPATH_ROOT + "images/" + image) != null, image);
        }
    }

    // ---- bad packs fail with clear messages

    @Test
    void anUnknownStepTypeIsNamedWithItsFile() {
        InvalidContentPack e = assertThrows(InvalidContentPack.class, () -> read(Map.of("da/networking.json",
                s -> s.replaceFirst("\"type\": \"reflection\"", "\"type\": \"video\""))));

        assertTrue(e.getMessage().contains("da/networking.json"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown step type \"video\""), e.getMessage());
    }

    @Test
    void aQuestionWithTwoCorrectOptionsIsRefused() {
        InvalidContentPack e = assertThrows(InvalidContentPack.class, () -> read(Map.of("en/job-interview.json",
                s -> s.replace("\"correct\": false", "\"correct\": true"))));

        assertTrue(e.getMessage().contains("en/job-interview.json"), e.getMessage());
        assertTrue(e.getMessage().contains("exactly one correct option"), e.getMessage());
    }

    @Test
    void aLanguageThatDiffersFromDanishIsRefused() {
        InvalidContentPack e = assertThrows(InvalidContentPack.class, () -> read(Map.of("en/networking.json",
                s -> s.replace("\"kind\": \"checkbox\"", "\"kind\": \"upload\", \"accept\": [\"pdf\"]"))));

        assertTrue(e.getMessage().contains("en/networking.json: its structure differs from da/networking.json"), e.getMessage());
    }

    @Test
    void missingFilesFieldsAndImagesAreAllReportedAtOnce() {
        Map<String, java.util.function.UnaryOperator<String>> changes = new HashMap<>();
        changes.put("da/world-of-work.json", s -> null);
        changes.put("da/application-and-cv.json", s -> s.replaceFirst("\"summary\": \"[^\"]*\",", ""));
        changes.put("en/application-and-cv.json", s -> s.replace("images/cv-sheet.svg", "images/no-such.svg"));
        changes.put("en/networking.json", s -> s.replaceFirst("\"accept\": \\[", "\"accept\": [\"exe\", "));

        InvalidContentPack e = assertThrows(InvalidContentPack.class, () -> read(changes));

        assertTrue(e.problems().contains("da/world-of-work.json: missing"), e.getMessage());
        assertTrue(e.getMessage().contains("da/application-and-cv.json: \"summary\" is missing"), e.getMessage());
        assertTrue(e.getMessage().contains("images/no-such.svg: missing"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown file type \"exe\""), e.getMessage());
    }

    @Test
    void brokenJsonIsReported() {
        InvalidContentPack e = assertThrows(InvalidContentPack.class, () -> read(Map.of("pack.json", s -> "{ \"version\": ")));

        assertTrue(e.getMessage().contains("pack.json: not a JSON object"), e.getMessage());
    }

    /** Reads the real pack with some of its files changed ({@code null}: the file is missing). */
    private ContentPack read(Map<String, java.util.function.UnaryOperator<String>> changes) {
        return new ContentPackReader(path -> {
            String text = real(path);
            if (text != null && changes.containsKey(path)) {
                text = changes.get(path).apply(text);
            }
            return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        }).read();
    }

    private String real(String path) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ContentPackReader.CLASSPATH_ROOT + path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
