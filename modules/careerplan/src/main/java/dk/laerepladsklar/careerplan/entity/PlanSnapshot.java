package dk.laerepladsklar.careerplan.entity;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A plan's content at one moment: what a sent version keeps, what two versions are compared on, what the PDF prints.
 * Stored as JSON in the version's row; the format is ours and versioned ({@code "v":1}).
 */
public record PlanSnapshot(Map<PlanSection, Part> parts, List<Step> steps, String trade, String area) {

    public record Part(String text, UUID voiceMediaId) {
        public Part {
            text = text == null ? "" : text;
        }
    }

    public record Step(String text, LocalDate due, boolean done) {
    }

    public PlanSnapshot {
        Map<PlanSection, Part> copy = new EnumMap<>(PlanSection.class);
        copy.putAll(Objects.requireNonNull(parts, "parts"));
        parts = Collections.unmodifiableMap(copy);
        steps = List.copyOf(steps);
        trade = trade == null ? "" : trade;
        area = area == null ? "" : area;
    }

    public static PlanSnapshot empty() {
        return new PlanSnapshot(Map.of(), List.of(), "", "");
    }

    public Optional<Part> part(PlanSection section) {
        return Optional.ofNullable(parts.get(section));
    }

    /** The words of a section, empty when it has none. */
    public String text(PlanSection section) {
        return part(section).map(Part::text).orElse("");
    }

    /** The same plan without the support section: what a reader sees whom the student has not shared it with. */
    public PlanSnapshot withoutSensitive() {
        Map<PlanSection, Part> kept = new EnumMap<>(PlanSection.class);
        parts.forEach((section, part) -> {
            if (!section.isSensitive()) {
                kept.put(section, part);
            }
        });
        return new PlanSnapshot(kept, steps, trade, area);
    }

    public String toJson() {
        JsonObjectBuilder sections = Json.createObjectBuilder();
        parts.forEach((section, part) -> {
            JsonObjectBuilder p = Json.createObjectBuilder().add("text", part.text());
            if (part.voiceMediaId() != null) {
                p.add("voice", part.voiceMediaId().toString());
            }
            sections.add(section.key(), p);
        });
        JsonArrayBuilder stepArray = Json.createArrayBuilder();
        steps.forEach(s -> stepArray.add(Json.createObjectBuilder()
                .add("text", s.text()).add("due", s.due().toString()).add("done", s.done())));
        return Json.createObjectBuilder()
                .add("v", 1)
                .add("sections", sections)
                .add("steps", stepArray)
                .add("trade", trade)
                .add("area", area)
                .build().toString();
    }

    /** Reads what {@link #toJson()} wrote; a section this version of the code does not know is skipped. */
    public static PlanSnapshot fromJson(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject root = reader.readObject();
            if (root.getInt("v", 0) != 1) {
                throw new IllegalArgumentException("Unknown plan snapshot format");
            }
            Map<PlanSection, Part> parts = new EnumMap<>(PlanSection.class);
            root.getJsonObject("sections").forEach((key, value) -> PlanSection.byKey(key).ifPresent(section -> {
                JsonObject p = value.asJsonObject();
                JsonValue voice = p.get("voice");
                parts.put(section, new Part(p.getString("text", ""),
                        voice instanceof JsonString s ? UUID.fromString(s.getString()) : null));
            }));
            List<Step> steps = root.getJsonArray("steps").stream()
                    .map(JsonValue::asJsonObject)
                    .map(s -> new Step(s.getString("text"), LocalDate.parse(s.getString("due")), s.getBoolean("done")))
                    .toList();
            return new PlanSnapshot(parts, steps, root.getString("trade", ""), root.getString("area", ""));
        }
    }
}
