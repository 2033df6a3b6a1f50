package dk.laerepladsklar.classroom.control;

import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The class overview as CSV for a spreadsheet: UTF-8 with a byte order mark and semicolons, which is what
 * Excel with Danish settings opens correctly.
 */
public final class OverviewCsv {

    private OverviewCsv() {
    }

    public static String of(Overview overview, ResourceBundle text) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(cell(text.getString("overview.student"))).append(';').append(cell(text.getString("overview.userId")));
        for (Overview.Column column : overview.columns()) {
            csv.append(';').append(cell(column.title() + " – " + text.getString("overview.percent")))
                    .append(';').append(cell(column.title() + " – " + text.getString("overview.score")));
        }
        csv.append("\r\n");
        for (Overview.StudentRow row : overview.rows()) {
            csv.append(cell(row.getDisplayName())).append(';').append(cell(row.subject()));
            csv.append(overview.columns().stream().map(c -> {
                Overview.Cell cell = row.cell(c.placementId());
                return ";" + cell.percent() + ";" + cell(cell.getScoreText());
            }).collect(Collectors.joining()));
            csv.append("\r\n");
        }
        return csv.toString();
    }

    /** Quotes a field when needed, and defuses text a spreadsheet would run as a formula. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
