package dk.laerepladsklar.roleplay.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.roleplay.entity.Node;
import dk.laerepladsklar.roleplay.entity.Scenario;
import dk.laerepladsklar.roleplay.entity.ScenarioPack;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The real scenario pack, and the pack reader's refusals of broken ones (each a copy of the real pack, broken once). */
class ScenarioPackReaderTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final Locale ENGLISH = Locale.forLanguageTag("en");
    private static final List<String> REQUIRED = List.of("first-call", "walk-in-workshop", "interview-carpenter",
            "interview-retail", "interview-mechanic", "interview-office", "call-after-rejection");

    private final ScenarioPack pack = ScenarioPackReader.fromClassPath(getClass().getClassLoader()).read();

    @Test
    void theRealPackHasTheSevenScenariosInDanishAndEnglish() {
        assertEquals(Set.of("da", "en"), pack.languages());
        assertEquals(REQUIRED, pack.scenarios(DANISH).stream().map(Scenario::id).toList());
        assertEquals(REQUIRED, pack.scenarios(ENGLISH).stream().map(Scenario::id).toList());
        assertEquals("Det første opkald til en mester", pack.scenario("first-call", DANISH).orElseThrow().title());
        assertEquals("The first phone call to a master", pack.scenario("first-call", ENGLISH).orElseThrow().title());
        assertEquals("Tømrer", pack.scenario("interview-carpenter", DANISH).orElseThrow().trade());
        assertEquals("Carpenter", pack.scenario("interview-carpenter", ENGLISH).orElseThrow().trade());
        assertEquals(pack.scenarios(DANISH), pack.scenarios(Locale.GERMAN), "Danish when the language is not in the pack");
    }

    @Test
    void everyScenarioIsTheSameInBothLanguagesAndDifferentInWords() {
        for (String id : REQUIRED) {
            Scenario da = pack.scenario(id, DANISH).orElseThrow();
            Scenario en = pack.scenario(id, ENGLISH).orElseThrow();
            assertEquals(ScenarioPackReader.structureOf(da), ScenarioPackReader.structureOf(en), id);
            assertFalse(da.situation().equals(en.situation()), id + " is translated");
            assertFalse(da.conversation().first().says().equals(en.conversation().first().says()), id + "'s first line is translated");
        }
    }

    @Test
    void everyScenarioHasWhatARolePlayNeeds() {
        for (Scenario s : pack.scenarios(DANISH)) {
            assertTrue(s.tips().size() >= 3, s.id() + " tips");
            assertTrue(s.prompts().size() >= 3, s.id() + " prompts");
            assertTrue(s.rubric().criteria().size() >= 3, s.id() + " rubric");
            assertEquals(12, s.rubric().maxPoints(), s.id() + ": three criteria of 0, 2 and 4 points");
            List<Node> nodes = s.conversation().nodes();
            assertTrue(nodes.stream().filter(n -> !n.isEnd()).count() >= 3, s.id() + " has at least three turns");
            assertTrue(nodes.stream().anyMatch(Node::allowsOwn), s.id() + " lets the student type an answer somewhere");
            assertTrue(nodes.stream().flatMap(n -> n.answers().stream()).anyMatch(a -> a.quality().packName().equals("weak")),
                    s.id() + " has a choice to learn from");
        }
    }

    // ---- refusals

    @Test
    void aDanglingNodeReferenceIsRefused() {
        InvalidScenarioPack e = broken("da", "first-call", s -> withNode(s, "busy", n -> withAnswer(n, 0, "next", "no-such-node")));
        assertProblem(e, "da/first-call.json", "leads to \"no-such-node\", which does not exist");
    }

    @Test
    void aCycleWithoutAnEndIsRefused() {
        // learn's answers all lead back to busy: busy -> learn -> busy, and neither reaches an end any more
        InvalidScenarioPack e = broken("da", "first-call", s -> withNode(s, "learn", n -> {
            JsonArrayBuilder answers = Json.createArrayBuilder();
            for (JsonValue a : n.getJsonArray("answers")) {
                answers.add(Json.createObjectBuilder(a.asJsonObject()).add("next", "busy"));
            }
            return Json.createObjectBuilder(n).add("answers", answers).build();
        }));
        assertProblem(e, "da/first-call.json", "goes round in a circle: busy -> learn -> busy");
        assertProblem(e, "da/first-call.json", "no path reaches an end");
    }

    @Test
    void aRubricCriterionWithoutLevelsIsRefused() {
        InvalidScenarioPack e = broken("en", "interview-retail", s -> {
            JsonObject rubric = s.getJsonObject("rubric");
            JsonArray criteria = rubric.getJsonArray("criteria");
            JsonObject first = Json.createObjectBuilder(criteria.getJsonObject(0)).add("levels", JsonValue.EMPTY_JSON_ARRAY).build();
            JsonArrayBuilder changed = Json.createArrayBuilder().add(first);
            criteria.stream().skip(1).forEach(changed::add);
            return Json.createObjectBuilder(s).add("rubric", Json.createObjectBuilder(rubric).add("criteria", changed)).build();
        });
        assertProblem(e, "en/interview-retail.json", "needs at least two levels");
    }

    @Test
    void aMissingLanguageIsRefused() {
        Map<String, byte[]> files = realFiles();
        files.remove("en/interview-office.json");
        assertProblem(read(files), "en/interview-office.json", "missing");

        Map<String, byte[]> danishOnly = realFiles();
        danishOnly.put("pack.json", Json.createObjectBuilder(json(danishOnly, "pack.json"))
                .add("languages", Json.createArrayBuilder().add("da")).build().toString().getBytes(StandardCharsets.UTF_8));
        assertProblem(read(danishOnly), "pack.json", "languages must include \"en\"");
    }

    @Test
    void anEnglishConversationThatGoesElsewhereThanTheDanishIsRefused() {
        // both are valid on their own; the English answer leads to another node than the Danish one
        InvalidScenarioPack e = broken("en", "walk-in-workshop", s -> withNode(s, "plan", n -> withAnswer(n, 0, "next", "end-short")));
        assertProblem(e, "en/walk-in-workshop.json", "its structure differs from da/walk-in-workshop.json");
    }

    @Test
    void aNodeWithOneAnswerOrAnUnknownQualityOrAMissingFieldIsRefused() {
        InvalidScenarioPack one = broken("da", "interview-mechanic", s -> withNode(s, "tidy", n -> Json.createObjectBuilder(n)
                .add("answers", Json.createArrayBuilder().add(n.getJsonArray("answers").get(0))).build()));
        assertProblem(one, "da/interview-mechanic.json", "offers 1 answers; it must offer 2 to 4");

        InvalidScenarioPack quality = broken("da", "interview-mechanic", s -> withNode(s, "cars", n -> withAnswer(n, 1, "quality", "great")));
        assertProblem(quality, "da/interview-mechanic.json", "unknown quality \"great\"");

        InvalidScenarioPack feedback = broken("da", "interview-mechanic", s -> withNode(s, "cars", n -> {
            JsonObject a = n.getJsonArray("answers").getJsonObject(2);
            JsonObjectBuilder without = Json.createObjectBuilder(a).remove("feedback");
            JsonArrayBuilder answers = Json.createArrayBuilder();
            for (int i = 0; i < n.getJsonArray("answers").size(); i++) {
                answers.add(i == 2 ? without.build() : n.getJsonArray("answers").get(i));
            }
            return Json.createObjectBuilder(n).add("answers", answers).build();
        }));
        assertProblem(feedback, "da/interview-mechanic.json", "\"feedback\" is missing");
    }

    @Test
    void anUnreachableNodeAndAMissingStartAreRefused() {
        InvalidScenarioPack unreachable = broken("da", "interview-office", s -> {
            JsonObject c = s.getJsonObject("conversation");
            JsonArrayBuilder nodes = Json.createArrayBuilder(c.getJsonArray("nodes"))
                    .add(Json.createObjectBuilder().add("id", "island").add("says", "Ingen kommer herhen."));
            return Json.createObjectBuilder(s).add("conversation", Json.createObjectBuilder(c).add("nodes", nodes)).build();
        });
        assertProblem(unreachable, "da/interview-office.json", "no path reaches node(s) [island]");

        InvalidScenarioPack start = broken("da", "interview-office", s -> Json.createObjectBuilder(s).add("conversation",
                Json.createObjectBuilder(s.getJsonObject("conversation")).add("start", "nowhere")).build());
        assertProblem(start, "da/interview-office.json", "the start node \"nowhere\" does not exist");
    }

    @Test
    void aLineMayHaveARecordedVoiceThatMustBeASoundInThePack() throws IOException {
        byte[] ogg;
        try (InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(System.getProperty("user.dir"))
                .getParent().resolve("media/src/test/resources/samples/voice.ogg"))) {
            ogg = in.readAllBytes();
        }
        Map<String, byte[]> files = realFiles();
        String path = "da/first-call.json";
        files.put(path, withNode(Json.createObjectBuilder(json(files, path)).add("openingVoice", "first-call-opening.ogg").build(),
                "hello", n -> Json.createObjectBuilder(n).add("voice", "first-call-hello.ogg").build())
                .toString().getBytes(StandardCharsets.UTF_8));
        files.put("da/voices/first-call-opening.ogg", ogg);
        files.put("da/voices/first-call-hello.ogg", ogg);
        Scenario call = new ScenarioPackReader(p -> files.containsKey(p) ? new ByteArrayInputStream(files.get(p)) : null)
                .read().scenario("first-call", DANISH).orElseThrow();
        assertEquals("da/voices/first-call-hello.ogg", call.voice("node-hello").orElseThrow());
        assertEquals("da/voices/first-call-opening.ogg", call.voice(Scenario.OPENING_LINE).orElseThrow());
        assertFalse(call.voice("node-busy").isPresent(), "a line without a voice is read aloud");

        // missing, not a sound, too large, a name that is no file name: each stops the pack at start-up
        files.remove("da/voices/first-call-hello.ogg");
        assertProblem(read(files), "da/first-call.json", "voice da/voices/first-call-hello.ogg is not in the pack");
        files.put("da/voices/first-call-hello.ogg", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertProblem(read(files), "da/first-call.json", "is not a sound file");
        byte[] large = java.util.Arrays.copyOf(ogg, ScenarioPackReader.MAX_VOICE_BYTES + 1);
        files.put("da/voices/first-call-hello.ogg", large);
        assertProblem(read(files), "da/first-call.json", "at most " + ScenarioPackReader.MAX_VOICE_BYTES);
        files.put(path, withNode(json(files, path), "hello", n -> Json.createObjectBuilder(n).add("voice", "../../pack.json").build())
                .toString().getBytes(StandardCharsets.UTF_8));
        assertProblem(read(files), "da/first-call.json", "must be a file name");
    }

    // ---- a copy of the real pack, broken once

    private static InvalidScenarioPack broken(String language, String scenario, UnaryOperator<JsonObject> change) {
        Map<String, byte[]> files = realFiles();
        String path = language + "/" + scenario + ".json";
        files.put(path, change.apply(json(files, path)).toString().getBytes(StandardCharsets.UTF_8));
        return read(files);
    }

    private static InvalidScenarioPack read(Map<String, byte[]> files) {
        return assertThrows(InvalidScenarioPack.class, () -> new ScenarioPackReader(path ->
                files.containsKey(path) ? new ByteArrayInputStream(files.get(path)) : null).read());
    }

    private static void assertProblem(InvalidScenarioPack e, String file, String words) {
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith(file) && p.contains(words)),
                () -> "expected a problem in " + file + " with \"" + words + "\", got:\n" + String.join("\n", e.problems()));
    }

    private static Map<String, byte[]> realFiles() {
        Map<String, byte[]> files = new HashMap<>();
        List<String> paths = new java.util.ArrayList<>(List.of("pack.json"));
        for (String language : List.of("da", "en")) {
            REQUIRED.forEach(id -> paths.add(language + "/" + id + ".json"));
        }
        for (String path : paths) {
            try (InputStream in = ScenarioPackReaderTest.class.getClassLoader()
                    .getResourceAsStream(ScenarioPackReader.CLASSPATH_ROOT + path)) {
                files.put(path, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static JsonObject json(Map<String, byte[]> files, String path) {
        return Json.createReader(new ByteArrayInputStream(files.get(path))).readObject();
    }

    private static JsonObject withNode(JsonObject scenario, String nodeId, UnaryOperator<JsonObject> change) {
        JsonObject c = scenario.getJsonObject("conversation");
        JsonArrayBuilder nodes = Json.createArrayBuilder();
        for (JsonValue n : c.getJsonArray("nodes")) {
            JsonObject node = n.asJsonObject();
            nodes.add(nodeId.equals(node.getString("id")) ? change.apply(node) : node);
        }
        return Json.createObjectBuilder(scenario).add("conversation", Json.createObjectBuilder(c).add("nodes", nodes)).build();
    }

    private static JsonObject withAnswer(JsonObject node, int index, String field, String value) {
        JsonArray answers = node.getJsonArray("answers");
        JsonArrayBuilder changed = Json.createArrayBuilder();
        for (int i = 0; i < answers.size(); i++) {
            changed.add(i == index ? Json.createObjectBuilder(answers.getJsonObject(i)).add(field, value).build() : answers.get(i));
        }
        return Json.createObjectBuilder(node).add("answers", changed).build();
    }
}
