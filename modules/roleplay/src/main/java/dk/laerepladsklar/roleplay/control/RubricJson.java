package dk.laerepladsklar.roleplay.control;

import dk.laerepladsklar.roleplay.entity.Criterion;
import dk.laerepladsklar.roleplay.entity.Level;
import dk.laerepladsklar.roleplay.entity.Rubric;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** A rubric as JSON in the scenario pack's form ({@code {"criteria":[{"id","title","levels":[…]}]}}), both ways. */
public final class RubricJson {

    private RubricJson() {
    }

    public static String write(Rubric rubric) {
        JsonArrayBuilder criteria = Json.createArrayBuilder();
        for (Criterion c : rubric.criteria()) {
            JsonArrayBuilder levels = Json.createArrayBuilder();
            for (Level l : c.levels()) {
                levels.add(Json.createObjectBuilder().add("points", l.points()).add("label", l.label())
                        .add("description", l.description()));
            }
            criteria.add(Json.createObjectBuilder().add("id", c.id()).add("title", c.title()).add("levels", levels));
        }
        return Json.createObjectBuilder().add("criteria", criteria).build().toString();
    }

    public static Rubric read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject root = reader.readObject();
            List<Criterion> criteria = new ArrayList<>();
            for (JsonValue value : root.getJsonArray("criteria")) {
                JsonObject c = value.asJsonObject();
                List<Level> levels = new ArrayList<>();
                for (JsonValue l : c.getJsonArray("levels")) {
                    JsonObject level = l.asJsonObject();
                    levels.add(new Level(level.getInt("points"), level.getString("label"), level.getString("description")));
                }
                criteria.add(new Criterion(c.getString("id"), c.getString("title"), levels));
            }
            return new Rubric(criteria);
        }
    }
}
