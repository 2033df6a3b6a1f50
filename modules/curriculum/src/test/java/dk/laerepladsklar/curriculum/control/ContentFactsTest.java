package dk.laerepladsklar.curriculum.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.curriculum.entity.ContentPack;
import dk.laerepladsklar.curriculum.entity.SourceNote;
import dk.laerepladsklar.curriculum.entity.Step;
import dk.laerepladsklar.curriculum.entity.TeachingModule;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The facts the content pack teaches, in Danish and English, checked against what the official sources say
 * (cited in the pack's editors' notes): the five kinds of training agreement, EMMA, the 8-week rule with the
 * student as the one who acts, one national set of rules, and the consultant's many job titles.
 */
class ContentFactsTest {

    private static final List<String> MODULES = List.of("finding-apprenticeship", "application-and-cv", "job-interview",
            "personal-branding", "networking", "world-of-work");

    /**
     * Words that mark a step as teaching a rule of the vocational education system: such a step must say where the
     * rule comes from. Per language, because each file is edited on its own.
     */
    private static final Map<String, Pattern> RULE_WORDS = Map.of(
            "da", Pattern.compile("(?i)EMMA|skoleoplæring|lærepladssøgende|8 uger|prøvetid|kombinationsaftale|restaftale"
                    + "|ny mesterlære|kort aftale|ordinær aftale"),
            "en", Pattern.compile("(?i)EMMA|school-based training|lærepladssøgende|8 weeks|trial period|combination agreement"
                    + "|rest agreement|new apprenticeship|short agreement|ordinary agreement"));

    private final ContentPack pack = ContentPackReader.fromClassPath(getClass().getClassLoader()).read();

    @Test
    void sharedApprenticeshipIsNotAnAgreementTypeAnywhere() {
        for (String language : List.of("da", "en")) {
            for (String module : MODULES) {
                String text = studentText(language, module).toLowerCase(Locale.ROOT);
                assertFalse(text.contains("delt læreplads"), language + "/" + module);
                assertFalse(text.contains("shared apprenticeship"), language + "/" + module);
            }
        }
    }

    @Test
    void theFiveAgreementTypesAreNamedAndExplainedInBothLanguages() {
        String da = stepText("da", "finding-apprenticeship", "what-is");
        for (String term : List.of("Ordinær aftale:", "Kombinationsaftale:", "Kort aftale:", "Restaftale:", "Ny mesterlære:")) {
            assertTrue(da.contains(term), term);
        }
        assertTrue(da.contains("to eller flere virksomheder"), "a combination agreement spans several companies");
        assertTrue(da.contains("resten af din uddannelse"), "a rest agreement covers the rest");
        assertTrue(da.contains("i stedet for på grundforløbet"), "ny mesterlære replaces the basic course");

        String en = stepText("en", "finding-apprenticeship", "what-is");
        for (String term : List.of("Ordinary agreement (ordinær aftale):", "Combination agreement (kombinationsaftale):",
                "Short agreement (kort aftale):", "Rest agreement (restaftale):", "New apprenticeship (ny mesterlære):")) {
            assertTrue(en.contains(term), term);
        }
        assertTrue(en.contains("two or more companies"));
        assertTrue(en.contains("the rest of your programme"));
        assertTrue(en.contains("instead of on the basic course"));
    }

    @Test
    void theStudentRegistersAsSeekingNoLaterThanEightWeeksBeforeGf2Ends() {
        String da = stepText("da", "finding-apprenticeship", "laerepladsen-dk");
        assertTrue(da.contains("skal du selv oprette dig som lærepladssøgende på lærepladsen.dk"), da);
        assertTrue(da.contains("senest 8 uger før grundforløbets 2. del (GF2) slutter"), da);
        String en = stepText("en", "finding-apprenticeship", "laerepladsen-dk");
        assertTrue(en.contains("you must register yourself as lærepladssøgende"), en);
        assertTrue(en.contains("no later than 8 weeks before the second part of the basic course (GF2) ends"), en);
        for (String module : MODULES) {
            assertFalse(studentText("da", module).contains("Skolen registrerer dig"), module);
            assertFalse(studentText("en", module).contains("The school registers you"), module);
        }
    }

    @Test
    void emmaIsDescribedInFullAndIsNational() {
        String da = stepText("da", "finding-apprenticeship", "laerepladsen-dk");
        assertTrue(da.contains("Egnet:"), da);
        assertTrue(da.contains("Mobil geografisk: Du søger lærepladser i hele landet"), da);
        assertTrue(da.contains("Mobil fagligt:"), da);
        assertTrue(da.contains("synlig profil på lærepladsen.dk"), da);
        assertTrue(da.contains("EMMA gælder hele tiden, mens du er i skoleoplæring"), da);
        assertTrue(da.contains("de samme på alle skoler i hele landet"), da);
        String en = stepText("en", "finding-apprenticeship", "laerepladsen-dk");
        assertTrue(en.contains("in the whole country"), en);
        assertTrue(en.contains("visible profile on lærepladsen.dk"), en);
        assertTrue(en.contains("EMMA applies all the time you are in school-based training"), en);
        for (String module : MODULES) {
            assertFalse(studentText("da", module).contains("fra skole til skole"), module);
            assertFalse(studentText("en", module).contains("from school to school"), module);
        }
    }

    @Test
    void theConsultantIsKnownByItsSeveralTitles() {
        for (String language : List.of("da", "en")) {
            String text = studentText(language, "finding-apprenticeship");
            for (String title : List.of("lærepladskonsulent", "praktikkonsulent", "virksomhedskonsulent", "LOC-konsulent")) {
                assertTrue(text.contains(title), language + ": " + title);
            }
        }
    }

    @Test
    void quizFeedbackAgreesWithTheCorrectedFacts() {
        String da = stepText("da", "finding-apprenticeship", "check");
        assertFalse(da.contains("Mange skoler kræver også"), "visibility is an EMMA requirement, not a school's choice");
        assertTrue(da.contains("aktivt søgende (EMMA)"), da);
        assertTrue(da.contains("EMMA-kravene"), da);
        String en = stepText("en", "finding-apprenticeship", "check");
        assertFalse(en.contains("Many schools also require"));
        assertTrue(en.contains("actively seeking (EMMA)"), en);
    }

    @Test
    void everyStepThatTeachesARuleCitesItsSource() {
        List<String> missing = new ArrayList<>();
        int ruleSteps = 0;
        for (String language : List.of("da", "en")) {
            for (String module : MODULES) {
                for (Map.Entry<String, String> step : stepTexts(language, module).entrySet()) {
                    if (RULE_WORDS.get(language).matcher(step.getValue()).find()) {
                        ruleSteps++;
                        List<SourceNote> sources = pack.sourcesOf(language, module, step.getKey());
                        if (sources.isEmpty()) {
                            missing.add(language + "/" + module + "#" + step.getKey());
                        }
                        sources.forEach(s -> assertTrue(s.url() == null || s.url().startsWith("http"), s.toString()));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "steps that teach a rule without a source: " + missing);
        assertTrue(ruleSteps >= 10, "the rule words still find the rule steps (" + ruleSteps + ")");
        assertTrue(pack.sourcesOf("da", "finding-apprenticeship", "laerepladsen-dk").stream()
                .anyMatch(s -> s.rule().contains("8-ugers-reglen") && s.source().contains("Børne- og Undervisningsministeriet")));
        assertTrue(pack.sourcesOf("da", "finding-apprenticeship", "laerepladsen-dk").stream()
                .anyMatch(s -> s.rule().contains("EMMA")));
    }

    @Test
    void theEditorsNotesAreNeverPartOfWhatAStudentSees() {
        for (String language : List.of("da", "en")) {
            for (TeachingModule module : pack.modules(Locale.forLanguageTag(language))) {
                String shown = texts(module).toLowerCase(Locale.ROOT);
                assertFalse(shown.contains("børne- og undervisningsministeriet"), module.id());
                assertFalse(shown.contains("uvm.dk"), module.id());
                assertFalse(shown.contains("8-ugers-reglen"), module.id());
            }
        }
    }

    @Test
    void aSourceWithoutItsSourceOrWithABadAddressIsRefused() {
        InvalidContentPack noSource = assertThrows(InvalidContentPack.class, () -> read("da/world-of-work.json",
                s -> s.replaceFirst("\"source\": \"[^\"]*\",", "")));
        assertTrue(noSource.getMessage().contains("da/world-of-work.json"), noSource.getMessage());
        assertTrue(noSource.getMessage().contains("sources[0]: \"source\" is missing"), noSource.getMessage());

        InvalidContentPack badUrl = assertThrows(InvalidContentPack.class, () -> read("en/finding-apprenticeship.json",
                s -> s.replaceFirst("\"url\": \"[^\"]*\"", "\"url\": \"javascript:alert(1)\"")));
        assertTrue(badUrl.getMessage().contains("must be a web address"), badUrl.getMessage());

        InvalidContentPack empty = assertThrows(InvalidContentPack.class, () -> read("da/finding-apprenticeship.json",
                s -> s.replaceFirst("(?s)\"sources\": \\[.*?\\]\\s*\\}", "\"sources\": [] }")));
        assertTrue(empty.getMessage().contains("\"sources\" is empty"), empty.getMessage());
    }

    // ---- reading the pack's text as a student sees it

    /** The texts of each step of a module, from its JSON file, without the editors' notes. */
    private Map<String, String> stepTexts(String language, String module) {
        JsonObject json = Json.createReader(new java.io.StringReader(real(language + "/" + module + ".json"))).readObject();
        Map<String, String> steps = new LinkedHashMap<>();
        for (JsonValue step : json.getJsonArray("steps")) {
            JsonObject object = step.asJsonObject();
            List<String> texts = new ArrayList<>();
            object.forEach((name, value) -> {
                if (!name.equals("sources")) {
                    collect(value, texts);
                }
            });
            steps.put(object.getString("id"), String.join("\n", texts));
        }
        return steps;
    }

    private String stepText(String language, String module, String step) {
        return stepTexts(language, module).get(step);
    }

    private String studentText(String language, String module) {
        return String.join("\n", stepTexts(language, module).values());
    }

    private static void collect(JsonValue value, List<String> texts) {
        if (value instanceof JsonString string) {
            texts.add(string.getString());
        } else if (value instanceof JsonArray array) {
            array.forEach(v -> collect(v, texts));
        } else if (value instanceof JsonObject object) {
            object.values().forEach(v -> collect(v, texts));
        }
    }

    /** Every string a loaded module holds (what the pages can show), found through its records. */
    private static String texts(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Iterable<?> items) {
            List<String> texts = new ArrayList<>();
            items.forEach(i -> texts.add(texts(i)));
            return String.join("\n", texts);
        }
        if (value != null && value.getClass().isRecord()) {
            return java.util.Arrays.stream(value.getClass().getRecordComponents()).map(c -> texts(component(value, c)))
                    .collect(Collectors.joining("\n"));
        }
        return value instanceof Step ? value.toString() : "";
    }

    private static Object component(Object record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private ContentPack read(String changed, UnaryOperator<String> change) {
        return new ContentPackReader(path -> {
            String text = real(path);
            if (text != null && path.equals(changed)) {
                text = change.apply(text);
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

    @Test
    void theWalkerSeesTheModulesText() {
        TeachingModule module = pack.module("finding-apprenticeship", Locale.forLanguageTag("da")).orElseThrow();
        assertTrue(texts(module).contains("Kombinationsaftale:"));
        assertEquals(module.steps().size(), stepTexts("da", "finding-apprenticeship").size());
    }
}
