package dk.laerepladsklar.apprenticeship.control;

import dk.laerepladsklar.kernel.pdf.PdfDocument;
import dk.laerepladsklar.kernel.pdf.XhtmlTemplate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The school's figures as a one-page PDF for a leadership meeting, in the reader's language: the school year's
 * departments and classes with the share with an agreement as a bar against the 80 % target line, the other figures,
 * the whole school per school year, and the rule for small groups. Hidden rows carry only why. Layout in
 * {@code pdf/figures.xhtml} (landscape A4, small type, so a school's classes fit one page); rendered by the kernel.
 */
public final class FiguresPdf {

    private static final XhtmlTemplate TEMPLATE = XhtmlTemplate.resource(FiguresPdf.class,
            "/dk/laerepladsklar/apprenticeship/pdf/figures.xhtml");

    private FiguresPdf() {
    }

    public static byte[] render(YearFigures year, List<FigureRow> overTime, LocalDate today, FigureTexts texts) {
        return PdfDocument.render(xhtml(year, overTime, today, texts));
    }

    /** The page the PDF is made from. */
    public static String xhtml(YearFigures year, List<FigureRow> overTime, LocalDate today, FigureTexts texts) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", texts.locale().getLanguage());
        model.put("title", texts.text("figures.pdf.title", year.year().label()));
        model.put("made", texts.text("figures.made", SearchTexts.date(today, texts.locale())));
        model.put("intro", texts.text("figures.pdf.intro"));
        model.put("target", SchoolFigures.TARGET_PERCENT);
        for (String column : List.of("group", "students", "signed", "registered", "applications", "probation")) {
            model.put("col_" + column, texts.text("figures.col." + column));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DepartmentFigures department : year.departments()) {
            rows.add(row(department.total(), texts, "department"));
            department.classes().forEach(c -> rows.add(row(c, texts, "class")));
        }
        if (!year.isEmpty()) {
            rows.add(row(year.total(), texts, "school"));
        }
        model.put("rows", rows);
        model.put("hasRows", !rows.isEmpty());
        model.put("none", year.isEmpty() ? texts.text("figures.yearMissing", year.year().label()) : "");
        model.put("summary", !year.isEmpty() && year.total().shown() ? texts.label(year.total()) + ": " + texts.signedAgainstTarget(year.total())
                : "");
        model.put("overTimeTitle", texts.text("figures.overTime"));
        model.put("col_year", texts.text("figures.year"));
        model.put("years", overTime.stream().map(y -> {
            Map<String, Object> r = row(y, texts, "school");
            r.put("label", y.year().label());
            return r;
        }).toList());
        model.put("rule", texts.text("figures.rule"));
        model.put("inProgress", year.total().inProgress() ? texts.text("figures.inProgress") : "");
        return TEMPLATE.render(model);
    }

    private static Map<String, Object> row(FigureRow row, FigureTexts texts, String kind) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("kind", kind);
        r.put("label", texts.name(row));
        // a titled class's id kept on one line rather than broken at its hyphen in the narrow first column
        r.put("courseId", texts.idBeside(row));
        r.put("shown", row.shown());
        if (!row.shown()) {
            r.put("hidden", texts.hidden(row));
            return r;
        }
        Tally t = row.figures();
        r.put("students", t.students());
        r.put("signed", texts.signed(row));
        int percent = t.signedPercent() == null ? 0 : t.signedPercent();
        r.put("bar", percent);
        r.put("registered", texts.registered(row));
        r.put("applications", texts.applications(row));
        r.put("probation", texts.probation(row));
        return r;
    }
}
