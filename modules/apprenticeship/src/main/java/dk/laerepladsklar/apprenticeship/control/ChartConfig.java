package dk.laerepladsklar.apprenticeship.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * A Chart.js configuration as PrimeFaces' {@code p:chart} takes it (its {@code value}: the JSON Chart.js reads), built
 * with JSON-P so labels typed by nobody but the bundle are still escaped. Colours come from the tool's palette and stay
 * apart for readers with red-green colour blindness; every chart also has a table beside it for screen readers.
 */
public final class ChartConfig {

    /** Blue, orange, green-teal, purple: told apart without red against green. */
    static final List<String> PALETTE = List.of("#1f5fa8", "#e07b00", "#1a8a7a", "#7a4fa3");

    private ChartConfig() {
    }

    /** One series: its label and one value per label of the chart. */
    public record Series(String label, List<Integer> values) {
    }

    /** A bar chart; stacked when there is more than one series. */
    public static String bars(String title, List<String> labels, List<Series> series) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < series.size(); i++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            series.get(i).values().forEach(data::add);
            datasets.add(Json.createObjectBuilder().add("label", series.get(i).label()).add("data", data)
                    .add("backgroundColor", PALETTE.get(i % PALETTE.size())));
        }
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(names::add);
        boolean stacked = series.size() > 1;
        JsonObjectBuilder axis = Json.createObjectBuilder().add("stacked", stacked);
        JsonObjectBuilder yAxis = Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", title))
                                .add("legend", Json.createObjectBuilder().add("display", stacked)))
                        .add("scales", Json.createObjectBuilder().add("x", axis).add("y", yAxis)))
                .build().toString();
    }
}
