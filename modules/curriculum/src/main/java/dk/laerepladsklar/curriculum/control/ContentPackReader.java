package dk.laerepladsklar.curriculum.control;

import dk.laerepladsklar.curriculum.entity.Block;
import dk.laerepladsklar.curriculum.entity.BlockKind;
import dk.laerepladsklar.curriculum.entity.ContentPack;
import dk.laerepladsklar.curriculum.entity.FileType;
import dk.laerepladsklar.curriculum.entity.QuizOption;
import dk.laerepladsklar.curriculum.entity.QuizQuestion;
import dk.laerepladsklar.curriculum.entity.QuizStep;
import dk.laerepladsklar.curriculum.entity.ReadingStep;
import dk.laerepladsklar.curriculum.entity.ReflectionStep;
import dk.laerepladsklar.curriculum.entity.SourceNote;
import dk.laerepladsklar.curriculum.entity.Step;
import dk.laerepladsklar.curriculum.entity.StepKind;
import dk.laerepladsklar.curriculum.entity.TaskKind;
import dk.laerepladsklar.curriculum.entity.TaskStep;
import dk.laerepladsklar.curriculum.entity.TeachingModule;
import dk.laerepladsklar.curriculum.entity.WorkMedia;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Reads a content pack ({@code pack.json}, {@code <language>/<module>.json}, {@code images/*.svg}) into
 * {@link ContentPack} records and checks it: every field present, every step, block and task type known, one
 * correct option per question, every image there, every "show your work" task with the media it takes (photo, video)
 * and a film length of at most two minutes, and every language with the same structure as Danish (the
 * same steps, questions, options, correct answers and tasks), so progress means the same in any language.
 * A step may carry {@code "sources"}: notes for the pack's editors on where the rules it teaches come from
 * ({@code [{"rule": .., "source": .., "url": ..}]}, url optional); they are checked and kept beside the modules,
 * never in them, so no page can show them to students.
 * Every problem found is reported at once in an {@link InvalidContentPack}.
 */
public class ContentPackReader {

    /** Where the pack is on the class path. */
    public static final String CLASSPATH_ROOT = "content-pack/v1/";

    private final Function<String, InputStream> files;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, List<SourceNote>> sources = new LinkedHashMap<>();

    /** @param files opens a file by its path inside the pack (e.g. {@code da/networking.json}); null if missing */
    public ContentPackReader(Function<String, InputStream> files) {
        this.files = Objects.requireNonNull(files);
    }

    /** A reader of the pack on the class path of this loader. */
    public static ContentPackReader fromClassPath(ClassLoader loader) {
        return new ContentPackReader(path -> loader.getResourceAsStream(CLASSPATH_ROOT + path));
    }

    public ContentPack read() {
        problems.clear();
        sources.clear();
        JsonObject pack = json("pack.json");
        if (pack == null) {
            throw new InvalidContentPack(problems);
        }
        int version = 0;
        List<String> languages = List.of();
        List<String> moduleIds = List.of();
        try {
            version = new Fields("pack.json", pack).integer("version");
            languages = new Fields("pack.json", pack).strings("languages");
            moduleIds = new Fields("pack.json", pack).strings("modules");
        } catch (Problem p) {
            problems.add(p.getMessage());
        }
        if (!languages.contains(ContentPack.DEFAULT_LANGUAGE)) {
            problems.add("pack.json: languages must include \"" + ContentPack.DEFAULT_LANGUAGE + "\" (Danish is the default)");
        }
        Map<String, List<TeachingModule>> byLanguage = new LinkedHashMap<>();
        for (String language : languages) {
            List<TeachingModule> modules = new ArrayList<>();
            for (String id : moduleIds) {
                TeachingModule module = module(language, id);
                if (module != null) {
                    modules.add(module);
                }
            }
            byLanguage.put(language, modules);
        }
        Set<String> images = new LinkedHashSet<>();
        byLanguage.values().forEach(modules -> modules.forEach(m -> images.addAll(m.images())));
        for (String image : images) {
            try (InputStream in = files.apply("images/" + image)) {
                if (in == null) {
                    problems.add("images/" + image + ": missing (a module shows it)");
                }
            } catch (IOException e) {
                problems.add("images/" + image + ": unreadable: " + e.getMessage());
            }
        }
        compareWithDanish(byLanguage);
        if (!problems.isEmpty()) {
            throw new InvalidContentPack(problems);
        }
        return new ContentPack(version, byLanguage, images, sources);
    }

    private TeachingModule module(String language, String id) {
        String file = language + "/" + id + ".json";
        JsonObject json = json(file);
        if (json == null) {
            return null;
        }
        try {
            Fields module = new Fields(file, json);
            if (!id.equals(module.text("id"))) {
                throw new Problem(file + ": id is \"" + module.text("id") + "\", expected \"" + id + "\"");
            }
            if (!language.equals(module.text("language"))) {
                throw new Problem(file + ": language is \"" + module.text("language") + "\", expected \"" + language + "\"");
            }
            List<Step> steps = new ArrayList<>();
            List<JsonObject> stepObjects = module.objects("steps");
            for (int i = 0; i < stepObjects.size(); i++) {
                Fields stepFields = new Fields(file + ": steps[" + i + "]", stepObjects.get(i));
                Step step = step(stepFields);
                List<SourceNote> notes = sourceNotes(stepFields.at("(" + step.id() + ")"));
                if (!notes.isEmpty()) {
                    sources.put(ContentPack.sourceKey(language, id, step.id()), notes);
                }
                steps.add(step);
            }
            return new TeachingModule(id, Locale.forLanguageTag(language), module.text("title"), module.text("summary"),
                    module.integer("estimatedMinutes"), module.integer("maxScore"), steps);
        } catch (Problem p) {
            problems.add(p.getMessage());
        } catch (IllegalArgumentException e) {
            problems.add(file + ": " + e.getMessage());
        }
        return null;
    }

    private Step step(Fields step) {
        String type = step.text("type");
        StepKind kind = Arrays.stream(StepKind.values()).filter(k -> k.packName().equals(type)).findFirst()
                .orElseThrow(() -> step.problem("unknown step type \"" + type + "\" (known: "
                        + Arrays.stream(StepKind.values()).map(StepKind::packName).collect(Collectors.joining(", ")) + ")"));
        String id = step.text("id");
        Fields at = step.at("(" + id + ")");
        try {
            return switch (kind) {
                case READING -> new ReadingStep(id, at.text("title"), blocks(at));
                case QUIZ -> new QuizStep(id, at.text("title"), questions(at));
                case REFLECTION -> new ReflectionStep(id, at.text("title"), at.text("prompt"), at.optionalText("hint"));
                case TASK -> task(id, at);
            };
        } catch (IllegalArgumentException e) {
            throw at.problem(e.getMessage());
        }
    }

    /** The optional editors' notes of a step: each names its rule and its source; a url must be a web address. */
    private static List<SourceNote> sourceNotes(Fields step) {
        if (!step.json().containsKey("sources")) {
            return List.of();
        }
        List<SourceNote> notes = new ArrayList<>();
        List<JsonObject> objects = step.objects("sources");
        if (objects.isEmpty()) {
            throw step.problem("\"sources\" is empty (leave it out, or name a source)");
        }
        for (int i = 0; i < objects.size(); i++) {
            Fields note = step.nested("sources[" + i + "]", objects.get(i));
            try {
                notes.add(new SourceNote(note.text("rule"), note.text("source"), note.optionalText("url")));
            } catch (IllegalArgumentException e) {
                throw note.problem(e.getMessage());
            }
        }
        return notes;
    }

    private List<Block> blocks(Fields step) {
        List<Block> blocks = new ArrayList<>();
        List<JsonObject> objects = step.objects("blocks");
        for (int i = 0; i < objects.size(); i++) {
            Fields block = step.nested("blocks[" + i + "]", objects.get(i));
            String type = block.text("type");
            BlockKind kind = Arrays.stream(BlockKind.values()).filter(k -> k.packName().equals(type)).findFirst()
                    .orElseThrow(() -> block.problem("unknown block type \"" + type + "\" (known: "
                            + Arrays.stream(BlockKind.values()).map(BlockKind::packName).collect(Collectors.joining(", ")) + ")"));
            try {
                blocks.add(switch (kind) {
                    case PARAGRAPH, HEADING, TIP -> Block.of(kind, block.text("text"));
                    case EXAMPLE -> Block.example(block.text("trade"), block.text("text"));
                    case LIST -> Block.list(block.strings("items"));
                    case IMAGE -> Block.image(imageName(block), block.text("alt"));
                });
            } catch (IllegalArgumentException e) {
                throw block.problem(e.getMessage());
            }
        }
        return blocks;
    }

    private static String imageName(Fields block) {
        String src = block.text("src");
        if (!src.startsWith("images/")) {
            throw block.problem("image src \"" + src + "\" is not in images/");
        }
        return src.substring("images/".length());
    }

    private List<QuizQuestion> questions(Fields step) {
        List<QuizQuestion> questions = new ArrayList<>();
        List<JsonObject> objects = step.objects("questions");
        for (int i = 0; i < objects.size(); i++) {
            Fields question = step.nested("questions[" + i + "]", objects.get(i));
            List<QuizOption> options = new ArrayList<>();
            List<JsonObject> optionObjects = question.objects("options");
            for (int j = 0; j < optionObjects.size(); j++) {
                Fields option = question.nested("options[" + j + "]", optionObjects.get(j));
                try {
                    options.add(new QuizOption(option.text("id"), option.text("text"), option.bool("correct"), option.text("feedback")));
                } catch (IllegalArgumentException e) {
                    throw option.problem(e.getMessage());
                }
            }
            try {
                questions.add(new QuizQuestion(question.text("id"), question.text("text"), options));
            } catch (IllegalArgumentException e) {
                throw question.problem(e.getMessage());
            }
        }
        return questions;
    }

    private static TaskStep task(String id, Fields task) {
        String kindName = task.text("kind");
        TaskKind kind = Arrays.stream(TaskKind.values()).filter(k -> k.packName().equals(kindName)).findFirst()
                .orElseThrow(() -> task.problem("unknown task kind \"" + kindName + "\" (known: "
                        + Arrays.stream(TaskKind.values()).map(TaskKind::packName).collect(Collectors.joining(", ")) + ")"));
        List<FileType> accept = new ArrayList<>();
        if (kind == TaskKind.UPLOAD) {
            for (String name : task.strings("accept")) {
                accept.add(FileType.ofPackName(name).orElseThrow(() -> task.problem("unknown file type \"" + name
                        + "\" in accept (known: " + Arrays.stream(FileType.values()).map(FileType::packName)
                        .collect(Collectors.joining(", ")) + ")")));
            }
        }
        List<WorkMedia> media = new ArrayList<>();
        int maxVideoSeconds = 0;
        if (kind == TaskKind.SHOW_WORK) {
            if (task.json().containsKey("accept")) {
                throw task.problem("a show-work task names its \"media\" (photo, video), not file types (accept)");
            }
            for (String name : task.strings("media")) {
                media.add(WorkMedia.ofPackName(name).orElseThrow(() -> task.problem("unknown medium \"" + name
                        + "\" in media (known: " + Arrays.stream(WorkMedia.values()).map(WorkMedia::packName)
                        .collect(Collectors.joining(", ")) + ")")));
            }
            if (media.contains(WorkMedia.VIDEO)) {
                maxVideoSeconds = task.json().containsKey("maxVideoSeconds") ? task.integer("maxVideoSeconds")
                        : TaskStep.MAX_VIDEO_SECONDS;
            } else if (task.json().containsKey("maxVideoSeconds")) {
                throw task.problem("\"maxVideoSeconds\" without \"video\" in media");
            }
        } else if (task.json().containsKey("media") || task.json().containsKey("maxVideoSeconds")) {
            throw task.problem("only a show-work task takes \"media\" and \"maxVideoSeconds\"");
        }
        return new TaskStep(id, task.text("title"), task.text("instructions"), kind, accept, media, maxVideoSeconds,
                task.text("confirmLabel"));
    }

    private void compareWithDanish(Map<String, List<TeachingModule>> byLanguage) {
        List<TeachingModule> danish = byLanguage.getOrDefault(ContentPack.DEFAULT_LANGUAGE, List.of());
        byLanguage.forEach((language, modules) -> {
            for (TeachingModule module : modules) {
                danish.stream().filter(d -> d.id().equals(module.id())).findFirst().ifPresent(d -> {
                    String expected = Structure.of(d);
                    String actual = Structure.of(module);
                    if (!expected.equals(actual)) {
                        problems.add(language + "/" + module.id() + ".json: its structure differs from da/" + module.id()
                                + ".json\n      da: " + expected + "\n      " + language + ": " + actual);
                    }
                });
            }
        });
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
        } catch (JsonException | IllegalStateException e) {
            problems.add(path + ": not a JSON object: " + e.getMessage());
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path + " of the content pack", e);
        }
    }

    /** The language-free shape of a module: what must be the same in every language. */
    static final class Structure {

        private Structure() {
        }

        static String of(TeachingModule module) {
            return module.steps().stream().map(Structure::of).collect(Collectors.joining(" | "))
                    + " | images " + module.images() + " | maxScore " + module.maxScore();
        }

        private static String of(Step step) {
            String shape = step.id() + ":" + step.kind().packName();
            if (step instanceof QuizStep quiz) {
                shape += quiz.questions().stream()
                        .map(q -> q.id() + q.options().stream().map(o -> o.id() + (o.correct() ? "*" : ""))
                                .collect(Collectors.joining(",", "(", ")")))
                        .collect(Collectors.joining(" ", "[", "]"));
            } else if (step instanceof TaskStep task) {
                shape += "[" + task.taskKind().packName() + " " + task.accept()
                        + (task.isShowWork() ? " " + task.media() + " " + task.maxVideoSeconds() + "s" : "") + "]";
            }
            return shape;
        }
    }

    /** A problem in one place of the pack. */
    static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Problem(String message) {
            super(message, null, false, false);
        }
    }

    /** Typed access to one JSON object's fields, naming the place in the pack when a field is wrong. */
    record Fields(String where, JsonObject json) {

        Fields at(String suffix) {
            return new Fields(where + " " + suffix, json);
        }

        Fields nested(String name, JsonObject object) {
            return new Fields(where + "." + name, object);
        }

        Problem problem(String message) {
            return new Problem(where + ": " + message);
        }

        private JsonValue value(String name) {
            JsonValue value = json.get(name);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                throw problem("\"" + name + "\" is missing");
            }
            return value;
        }

        String text(String name) {
            if (!(value(name) instanceof JsonString string)) {
                throw problem("\"" + name + "\" must be a string");
            }
            if (string.getString().isBlank()) {
                throw problem("\"" + name + "\" is blank");
            }
            return string.getString();
        }

        String optionalText(String name) {
            return json.containsKey(name) && json.get(name).getValueType() != JsonValue.ValueType.NULL ? text(name) : null;
        }

        int integer(String name) {
            if (!(value(name) instanceof JsonNumber number) || !number.isIntegral()) {
                throw problem("\"" + name + "\" must be a whole number");
            }
            return number.intValue();
        }

        boolean bool(String name) {
            JsonValue value = value(name);
            if (value.getValueType() == JsonValue.ValueType.TRUE) {
                return true;
            }
            if (value.getValueType() == JsonValue.ValueType.FALSE) {
                return false;
            }
            throw problem("\"" + name + "\" must be true or false");
        }

        private JsonArray array(String name) {
            if (!(value(name) instanceof JsonArray array)) {
                throw problem("\"" + name + "\" must be a list");
            }
            return array;
        }

        List<String> strings(String name) {
            List<String> strings = new ArrayList<>();
            for (JsonValue item : array(name)) {
                if (!(item instanceof JsonString string) || string.getString().isBlank()) {
                    throw problem("\"" + name + "\" must hold only non-blank strings");
                }
                strings.add(string.getString());
            }
            return strings;
        }

        List<JsonObject> objects(String name) {
            List<JsonObject> objects = new ArrayList<>();
            for (JsonValue item : array(name)) {
                if (!(item instanceof JsonObject object)) {
                    throw problem("\"" + name + "\" must hold only objects");
                }
                objects.add(object);
            }
            return objects;
        }
    }
}
