package dk.laerepladsklar.roleplay.control;

import dk.laerepladsklar.roleplay.entity.Answer;
import dk.laerepladsklar.roleplay.entity.Conversation;
import dk.laerepladsklar.roleplay.entity.Criterion;
import dk.laerepladsklar.roleplay.entity.Level;
import dk.laerepladsklar.roleplay.entity.Node;
import dk.laerepladsklar.roleplay.entity.OwnAnswer;
import dk.laerepladsklar.roleplay.entity.Prompt;
import dk.laerepladsklar.roleplay.entity.Quality;
import dk.laerepladsklar.roleplay.entity.Rubric;
import dk.laerepladsklar.roleplay.entity.Scenario;
import dk.laerepladsklar.roleplay.entity.ScenarioPack;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the scenario pack ({@code pack.json} and {@code <language>/<scenario>.json}) into {@link ScenarioPack} records
 * and checks it, so no student meets a conversation that breaks half-way:
 * <ul>
 *   <li>the pack has Danish and English, and every scenario is there in every language of the pack, with the same
 *       structure as the Danish one (the same nodes, answers, where they lead, prompts and rubric points), so a path
 *       and an assessment mean the same in any language;</li>
 *   <li>every field is present, every rubric criterion has at least two levels going up in points;</li>
 *   <li>the conversation: its start exists, every answer leads to a node that exists, every node can be reached, no
 *       path goes round in a circle, and every path reaches an end;</li>
 *   <li>a recorded voice a line names ({@code "openingVoice"}, a node's {@code "voice"}) is a file in
 *       {@code <language>/voices/}, a sound by its first bytes, and small.</li>
 * </ul>
 * Every problem found is reported at once in an {@link InvalidScenarioPack}.
 */
public class ScenarioPackReader {

    /** Where the pack is on the class path. */
    public static final String CLASSPATH_ROOT = "scenario-pack/v1/";
    /** The languages every pack must have: the students' (Danish) and English. */
    public static final List<String> REQUIRED_LANGUAGES = List.of("da", "en");
    /** A recorded line is a few seconds of speech: a larger file is a mistake (or a film). */
    public static final int MAX_VOICE_BYTES = 2 * 1024 * 1024;
    private static final java.util.regex.Pattern VOICE_NAME =
            java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,80}\\.(ogg|webm|m4a|mp3|wav)");

    private final Function<String, InputStream> files;
    private final List<String> problems = new ArrayList<>();

    /** @param files opens a file by its path inside the pack (e.g. {@code da/first-call.json}); null if missing */
    public ScenarioPackReader(Function<String, InputStream> files) {
        this.files = Objects.requireNonNull(files);
    }

    public static ScenarioPackReader fromClassPath(ClassLoader loader) {
        return new ScenarioPackReader(path -> loader.getResourceAsStream(CLASSPATH_ROOT + path));
    }

    public ScenarioPack read() {
        problems.clear();
        JsonObject pack = json("pack.json");
        if (pack == null) {
            throw new InvalidScenarioPack(problems);
        }
        int version = 0;
        List<String> languages = List.of();
        List<String> ids = List.of();
        try {
            Fields fields = new Fields("pack.json", pack);
            version = fields.integer("version");
            languages = fields.strings("languages");
            ids = fields.strings("scenarios");
        } catch (Problem p) {
            problems.add(p.getMessage());
        }
        for (String required : REQUIRED_LANGUAGES) {
            if (!languages.contains(required)) {
                problems.add("pack.json: languages must include \"" + required + "\"");
            }
        }
        if (new HashSet<>(ids).size() != ids.size()) {
            problems.add("pack.json: a scenario is listed twice");
        }
        Map<String, List<Scenario>> byLanguage = new LinkedHashMap<>();
        for (String language : languages) {
            List<Scenario> scenarios = new ArrayList<>();
            for (String id : ids) {
                Scenario scenario = scenario(language, id);
                if (scenario != null) {
                    scenarios.add(scenario);
                }
            }
            byLanguage.put(language, scenarios);
        }
        compareWithDanish(byLanguage);
        if (!problems.isEmpty()) {
            throw new InvalidScenarioPack(problems);
        }
        return new ScenarioPack(version, byLanguage);
    }

    private Scenario scenario(String language, String id) {
        String file = language + "/" + id + ".json";
        JsonObject json = json(file);
        if (json == null) {
            return null;
        }
        try {
            Fields s = new Fields(file, json);
            if (!id.equals(s.text("id"))) {
                throw new Problem(file + ": id is \"" + s.text("id") + "\", expected \"" + id + "\"");
            }
            if (!language.equals(s.text("language"))) {
                throw new Problem(file + ": language is \"" + s.text("language") + "\", expected \"" + language + "\"");
            }
            List<Prompt> prompts = new ArrayList<>();
            for (Fields p : s.objects("prompts")) {
                prompts.add(p.make(() -> new Prompt(p.text("id"), p.text("text"), p.integer("seconds"))));
            }
            Rubric rubric = rubric(s.object("rubric"));
            Conversation conversation = conversation(s.object("conversation"));
            Map<String, String> voices = voices(language, s);
            return s.make(() -> new Scenario(id, Locale.forLanguageTag(language), s.text("title"), s.text("summary"),
                    s.text("trade"), s.integer("estimatedMinutes"), s.text("counterpart"), s.text("situation"),
                    s.text("opening"), s.strings("tips"), prompts, rubric, conversation, voices));
        } catch (Problem p) {
            problems.add(p.getMessage());
            return null;
        }
    }

    /**
     * The recorded voices the scenario names for the other person's lines ({@code "openingVoice"} on the scenario,
     * {@code "voice"} on a node), each a file in {@code <language>/voices/} that must be there, be a sound (by its first
     * bytes) and be at most {@value #MAX_VOICE_BYTES} bytes.
     */
    private Map<String, String> voices(String language, Fields s) {
        Map<String, String> voices = new LinkedHashMap<>();
        if (s.has("openingVoice")) {
            voices.put(Scenario.OPENING_LINE, voiceFile(language, s, s.text("openingVoice")));
        }
        for (Fields n : s.object("conversation").objects("nodes")) {
            if (n.has("voice")) {
                voices.put(Scenario.NODE_LINE + n.text("id"), voiceFile(language, n, n.text("voice")));
            }
        }
        return voices;
    }

    private String voiceFile(String language, Fields where, String name) {
        if (!VOICE_NAME.matcher(name).matches()) {
            throw where.problem("voice \"" + name + "\" must be a file name like first-call-hello.ogg (.ogg, .webm, "
                    + ".m4a, .mp3 or .wav)");
        }
        String path = language + "/voices/" + name;
        try (InputStream in = files.apply(path)) {
            if (in == null) {
                throw where.problem("voice " + path + " is not in the pack");
            }
            byte[] head = in.readNBytes(12);
            long size = head.length + in.transferTo(java.io.OutputStream.nullOutputStream());
            if (size > MAX_VOICE_BYTES) {
                throw where.problem("voice " + path + " is " + size + " bytes; at most " + MAX_VOICE_BYTES);
            }
            if (!isSound(head)) {
                throw where.problem("voice " + path + " is not a sound file (Ogg, WebM, MP4/M4A, MP3 or WAV)");
            }
        } catch (IOException e) {
            throw where.problem("voice " + path + " is unreadable: " + e.getMessage());
        }
        return path;
    }

    /** Ogg, WebM (EBML), MP4/M4A (ftyp), MP3 (ID3 or a frame sync) or WAV (RIFF…WAVE), by the first bytes. */
    static boolean isSound(byte[] head) {
        if (head.length < 12) {
            return false;
        }
        String ascii = new String(head, StandardCharsets.ISO_8859_1);
        return ascii.startsWith("OggS") || ascii.startsWith("ID3") || ascii.substring(4, 8).equals("ftyp")
                || (ascii.startsWith("RIFF") && ascii.substring(8, 12).equals("WAVE"))
                || (head[0] == 0x1A && head[1] == 0x45 && (head[2] & 0xFF) == 0xDF && (head[3] & 0xFF) == 0xA3)
                || ((head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0);
    }

    private static Rubric rubric(Fields rubric) {
        List<Criterion> criteria = new ArrayList<>();
        for (Fields c : rubric.objects("criteria")) {
            List<Level> levels = new ArrayList<>();
            for (Fields l : c.objects("levels")) {
                levels.add(l.make(() -> new Level(l.integer("points"), l.text("label"), l.text("description"))));
            }
            criteria.add(c.make(() -> new Criterion(c.text("id"), c.text("title"), levels)));
        }
        return rubric.make(() -> new Rubric(criteria));
    }

    private static Conversation conversation(Fields conversation) {
        List<Node> nodes = new ArrayList<>();
        for (Fields n : conversation.objects("nodes")) {
            List<Answer> answers = new ArrayList<>();
            if (n.has("answers")) {
                for (Fields a : n.objects("answers")) {
                    String qualityName = a.text("quality");
                    Quality quality = Quality.ofPackName(qualityName).orElseThrow(() -> a.problem("unknown quality \""
                            + qualityName + "\" (known: strong, ok, weak)"));
                    answers.add(a.make(() -> new Answer(a.text("id"), a.text("text"), a.text("reaction"), a.text("next"),
                            a.text("feedback"), quality)));
                }
            }
            OwnAnswer own = null;
            if (n.has("own")) {
                Fields o = n.object("own");
                own = o.make(() -> new OwnAnswer(o.text("hint"), o.text("reaction"), o.text("next"), o.text("feedback")));
            }
            OwnAnswer ownAnswer = own;
            nodes.add(n.make(() -> new Node(n.text("id"), n.text("says"), answers, ownAnswer)));
        }
        Conversation made = conversation.make(() -> new Conversation(conversation.text("start"), nodes));
        List<String> found = new ArrayList<>();
        checkPaths(made, found);
        if (!found.isEmpty()) {
            throw conversation.problem(String.join("; ", found));
        }
        return made;
    }

    /**
     * The conversation's paths: the start and every answer's next node exist, every node can be reached from the
     * start, no path comes back to a node it passed, and from every node some path reaches an end.
     */
    static void checkPaths(Conversation conversation, List<String> found) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        conversation.nodes().forEach(n -> nodes.put(n.id(), n));
        if (!nodes.containsKey(conversation.start())) {
            found.add("the start node \"" + conversation.start() + "\" does not exist");
            return;
        }
        for (Node node : nodes.values()) {
            for (String next : node.nextNodes()) {
                if (!nodes.containsKey(next)) {
                    found.add("node \"" + node.id() + "\" leads to \"" + next + "\", which does not exist");
                }
            }
        }
        if (!found.isEmpty()) {
            return;
        }
        if (nodes.values().stream().noneMatch(Node::isEnd)) {
            found.add("no node ends the conversation (a node without answers)");
        }
        Set<String> reached = new LinkedHashSet<>();
        List<String> cycle = new ArrayList<>();
        visit(conversation.start(), nodes, reached, new ArrayList<>(), cycle);
        if (!cycle.isEmpty()) {
            found.add("the conversation goes round in a circle: " + String.join(" -> ", cycle));
        }
        Set<String> unreached = new LinkedHashSet<>(nodes.keySet());
        unreached.removeAll(reached);
        if (!unreached.isEmpty()) {
            found.add("no path reaches node(s) " + unreached);
        }
        Set<String> ending = new HashSet<>();
        boolean grew = true;
        nodes.values().stream().filter(Node::isEnd).forEach(n -> ending.add(n.id()));
        while (grew) {
            grew = false;
            for (Node node : nodes.values()) {
                if (!ending.contains(node.id()) && node.nextNodes().stream().anyMatch(ending::contains)) {
                    grew = ending.add(node.id());
                }
            }
        }
        Set<String> stuck = new LinkedHashSet<>(reached);
        stuck.removeAll(ending);
        if (!stuck.isEmpty()) {
            found.add("from node(s) " + stuck + " no path reaches an end");
        }
    }

    /** Depth first from a node; the first circle found is kept as the nodes along it. */
    private static void visit(String id, Map<String, Node> nodes, Set<String> reached, List<String> trail, List<String> cycle) {
        int at = trail.indexOf(id);
        if (at >= 0) {
            if (cycle.isEmpty()) {
                cycle.addAll(trail.subList(at, trail.size()));
                cycle.add(id);
            }
            return;
        }
        if (!reached.add(id)) {
            return;
        }
        trail.add(id);
        for (String next : nodes.get(id).nextNodes()) {
            visit(next, nodes, reached, trail, cycle);
        }
        trail.remove(trail.size() - 1);
    }

    private void compareWithDanish(Map<String, List<Scenario>> byLanguage) {
        List<Scenario> danish = byLanguage.getOrDefault(ScenarioPack.DEFAULT_LANGUAGE, List.of());
        byLanguage.forEach((language, scenarios) -> {
            for (Scenario scenario : scenarios) {
                danish.stream().filter(d -> d.id().equals(scenario.id())).findFirst().ifPresent(d -> {
                    String expected = structureOf(d);
                    String actual = structureOf(scenario);
                    if (!expected.equals(actual)) {
                        problems.add(language + "/" + scenario.id() + ".json: its structure differs from da/" + scenario.id()
                                + ".json\n      da: " + expected + "\n      " + language + ": " + actual);
                    }
                });
            }
        });
    }

    /** What must be the same in every language: prompts and their times, rubric points, nodes, answers and paths. */
    public static String structureOf(Scenario scenario) {
        String prompts = scenario.prompts().stream().map(p -> p.id() + "/" + p.seconds()).collect(Collectors.joining(","));
        String rubric = scenario.rubric().criteria().stream().map(c -> c.id() + c.levels().stream()
                .map(l -> String.valueOf(l.points())).collect(Collectors.joining("/", "[", "]"))).collect(Collectors.joining(","));
        String nodes = scenario.conversation().nodes().stream().map(n -> n.id() + n.answers().stream()
                        .map(a -> a.id() + ">" + a.next() + ":" + a.quality().packName()).collect(Collectors.joining(",", "(", ")"))
                        + (n.allowsOwn() ? "+own>" + n.own().next() : ""))
                .collect(Collectors.joining(" "));
        return "prompts[" + prompts + "] rubric[" + rubric + "] start " + scenario.conversation().start() + " " + nodes;
    }

    private JsonObject json(String path) {
        try (InputStream in = files.apply(path)) {
            if (in == null) {
                problems.add(path + ": missing");
                return null;
            }
            try (JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.readObject();
            }
        } catch (JsonParsingException e) {
            problems.add(path + ": not valid JSON: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            problems.add(path + ": unreadable: " + e.getMessage());
        }
        return null;
    }

    /** A problem in one place of one file. */
    static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Problem(String message) {
            super(message, null, false, false);
        }
    }

    /** The fields of one JSON object, read with the place they are in for the messages. */
    record Fields(String where, JsonObject json) {

        Problem problem(String message) {
            return new Problem(where + ": " + message);
        }

        boolean has(String name) {
            return json.containsKey(name) && json.get(name).getValueType() != JsonValue.ValueType.NULL;
        }

        private JsonValue value(String name) {
            if (!has(name)) {
                throw problem("\"" + name + "\" is missing");
            }
            return json.get(name);
        }

        String text(String name) {
            JsonValue v = value(name);
            if (!(v instanceof JsonString s) || s.getString().isBlank()) {
                throw problem("\"" + name + "\" must be a text that is not blank");
            }
            return s.getString();
        }

        int integer(String name) {
            JsonValue v = value(name);
            if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
                throw problem("\"" + name + "\" must be a whole number");
            }
            return n.intValue();
        }

        List<String> strings(String name) {
            JsonValue v = value(name);
            if (!(v instanceof JsonArray array) || array.isEmpty()
                    || array.stream().anyMatch(i -> !(i instanceof JsonString s) || s.getString().isBlank())) {
                throw problem("\"" + name + "\" must be a list of texts that is not empty");
            }
            return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }

        Fields object(String name) {
            JsonValue v = value(name);
            if (!(v instanceof JsonObject o)) {
                throw problem("\"" + name + "\" must be an object");
            }
            return new Fields(where + ": " + name, o);
        }

        List<Fields> objects(String name) {
            JsonValue v = value(name);
            if (!(v instanceof JsonArray array) || array.stream().anyMatch(i -> !(i instanceof JsonObject))) {
                throw problem("\"" + name + "\" must be a list of objects");
            }
            List<Fields> list = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                JsonObject o = array.getJsonObject(i);
                String id = o.get("id") instanceof JsonString s ? "(" + s.getString() + ")" : "";
                list.add(new Fields(where + ": " + name + "[" + i + "]" + id, o));
            }
            return list;
        }

        /** Builds a record; its constructor's refusal becomes a problem at this place. */
        <T> T make(java.util.function.Supplier<T> maker) {
            try {
                return maker.get();
            } catch (IllegalArgumentException e) {
                throw problem(e.getMessage());
            }
        }
    }
}
