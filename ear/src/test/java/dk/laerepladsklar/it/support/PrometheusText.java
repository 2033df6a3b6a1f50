package dk.laerepladsklar.it.support;

import java.util.Arrays;
import java.util.Map;

/** A scrape of Prometheus text, read the way a test needs it: the sum of a metric's samples that carry some labels. */
public record PrometheusText(String text) {

    /**
     * The sum over every sample of {@code name} (exactly that name, labels or not) whose labels include all of
     * {@code labels}; NaN when there is no such sample.
     */
    public double value(String name, Map<String, String> labels) {
        double sum = 0;
        boolean found = false;
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || !(line.startsWith(name + "{") || line.startsWith(name + " "))) {
                continue;
            }
            String labelPart = line.startsWith(name + "{") ? line.substring(name.length() + 1, line.lastIndexOf('}')) : "";
            boolean matches = labels.entrySet().stream()
                    .allMatch(l -> Arrays.asList(labelPart.split(",")).contains(l.getKey() + "=\"" + l.getValue() + "\""));
            if (matches) {
                String[] parts = line.trim().split(" ");
                sum += Double.parseDouble(parts[parts.length - 1]);
                found = true;
            }
        }
        return found ? sum : Double.NaN;
    }

    public double value(String name) {
        return value(name, Map.of());
    }

    /** Zero when the metric has no sample yet (a counter not incremented since the server started). */
    public double count(String name, Map<String, String> labels) {
        double value = value(name, labels);
        return Double.isNaN(value) ? 0 : value;
    }
}
