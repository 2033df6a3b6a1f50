package dk.laerepladsklar.apprenticeship.control;

import java.util.List;

/**
 * A caseload as CSV for a spreadsheet: UTF-8 with a byte order mark and semicolons (what Excel with Danish settings
 * opens with æ, ø and å intact), CRLF between rows. Text cells are defused: a cell a spreadsheet would run as a formula
 * (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe; numbers the tool computed are
 * written as numbers.
 */
public final class CaseloadCsv {

    public static final String BOM = "\uFEFF";

    private final StringBuilder csv = new StringBuilder(BOM);
    private boolean rowStarted;

    /** Adds a text cell (anything a person typed or the LMS sent). */
    public CaseloadCsv text(String value) {
        separate();
        csv.append(cell(value));
        return this;
    }

    /** Adds a number cell; null leaves it empty. */
    public CaseloadCsv number(Integer value) {
        separate();
        if (value != null) {
            csv.append(value.intValue());
        }
        return this;
    }

    public CaseloadCsv row(List<String> texts) {
        texts.forEach(this::text);
        return endRow();
    }

    public CaseloadCsv endRow() {
        csv.append("\r\n");
        rowStarted = false;
        return this;
    }

    @Override
    public String toString() {
        return csv.toString();
    }

    private void separate() {
        if (rowStarted) {
            csv.append(';');
        }
        rowStarted = true;
    }

    /** Quotes a field when needed, and defuses text a spreadsheet would run as a formula. */
    public static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
