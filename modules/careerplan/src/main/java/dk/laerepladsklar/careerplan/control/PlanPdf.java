package dk.laerepladsklar.careerplan.control;

import dk.laerepladsklar.careerplan.entity.PlanSection;
import dk.laerepladsklar.careerplan.entity.PlanSnapshot;
import dk.laerepladsklar.careerplan.entity.PlanState;
import dk.laerepladsklar.kernel.pdf.PdfDocument;
import dk.laerepladsklar.kernel.pdf.XhtmlTemplate;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The PDF of a career plan, in Danish or English: the plan as the reader may see it (the caller passes a snapshot
 * without the support section when the student has not shared it with this reader), the trade and area sought, each
 * section's words (and that an answer was given by voice), and the next steps with their dates, done or overdue.
 * Layout and words live in the template {@code pdf/plan.xhtml} and the bundle ({@code pdf.*}).
 */
public final class PlanPdf {

    public static final String BUNDLE = "dk.laerepladsklar.careerplan.messages";
    private static final XhtmlTemplate TEMPLATE = XhtmlTemplate.resource(PlanPdf.class,
            "/dk/laerepladsklar/careerplan/pdf/plan.xhtml");

    /** Who the plan is of and where it stands, for the top of the page. */
    public record Heading(String studentName, PlanState state, LocalDate today) {
    }

    private PlanPdf() {
    }

    public static byte[] render(PlanSnapshot plan, Heading heading, Locale locale) {
        return PdfDocument.render(xhtml(plan, heading, locale));
    }

    /** The page the PDF is made from (for tests and for a look in a browser). */
    public static String xhtml(PlanSnapshot plan, Heading heading, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", locale.getLanguage());
        model.put("title", texts.getString("pdf.plan.title"));
        String name = heading.studentName() == null || heading.studentName().isBlank() ? null : heading.studentName();
        model.put("name", name == null ? "" : format(texts, locale, "pdf.plan.of", name));
        model.put("made", format(texts, locale, "pdf.made", dates.format(heading.today())));
        model.put("state", format(texts, locale, "pdf.state", texts.getString("state." + heading.state().name())));
        model.put("tradeLabel", texts.getString("seek.trade"));
        model.put("trade", plan.trade().isEmpty() ? texts.getString("pdf.empty") : plan.trade());
        model.put("areaLabel", texts.getString("seek.area"));
        model.put("area", plan.area().isEmpty() ? texts.getString("pdf.empty") : plan.area());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (PlanSection section : PlanSection.values()) {
            if (section.isSensitive() && plan.part(section).isEmpty()) {
                continue; // not shared with this reader, or not written: the support section is left out either way
            }
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("key", section.key());
            s.put("heading", texts.getString("section." + section.key() + ".title"));
            PlanSnapshot.Part part = plan.part(section).orElse(null);
            List<String> paragraphs = XhtmlTemplate.paragraphs(part == null ? "" : part.text());
            s.put("paragraphs", paragraphs);
            s.put("voice", part != null && part.voiceMediaId() != null ? texts.getString("pdf.voice") : "");
            s.put("empty", paragraphs.isEmpty() && (part == null || part.voiceMediaId() == null)
                    ? texts.getString("pdf.empty") : "");
            sections.add(s);
        }
        model.put("sections", sections);
        model.put("stepsTitle", texts.getString("steps.title"));
        List<Map<String, Object>> steps = new ArrayList<>();
        for (PlanSnapshot.Step step : plan.steps()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("text", step.text());
            s.put("due", dates.format(step.due()));
            s.put("mark", step.done() ? texts.getString("pdf.step.done")
                    : step.due().isBefore(heading.today()) ? texts.getString("pdf.step.overdue") : "");
            s.put("kind", step.done() ? "done" : step.due().isBefore(heading.today()) ? "overdue" : "open");
            steps.add(s);
        }
        model.put("steps", steps);
        model.put("noSteps", texts.getString("pdf.steps.none"));
        model.put("footer", texts.getString("pdf.plan.footer"));
        return TEMPLATE.render(model);
    }

    static String format(ResourceBundle texts, Locale locale, String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }
}
