package dk.laerepladsklar.jobsearchweek.control;

import dk.laerepladsklar.jobsearchweek.entity.JobSearchWeek;
import dk.laerepladsklar.jobsearchweek.entity.WeekActivity;
import dk.laerepladsklar.jobsearchweek.entity.WeekDay;
import dk.laerepladsklar.jobsearchweek.entity.WeekSession;
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
 * The week's run-sheet (*drejebog*) as a PDF for the staff, in Danish or English: the programme day by day (times,
 * rooms or online links, who runs each session, what to bring), the activities with their due dates, and the class
 * list, so everyone knows the programme, the logistics and their part. Layout in {@code pdf/runsheet.xhtml}, words in
 * the bundle ({@code runsheet.*}); rendered by the kernel's PDF rendering.
 */
public final class RunSheet {

    static final String BUNDLE = "dk.laerepladsklar.jobsearchweek.messages";
    private static final XhtmlTemplate TEMPLATE = XhtmlTemplate.resource(RunSheet.class,
            "/dk/laerepladsklar/jobsearchweek/pdf/runsheet.xhtml");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    /** What the sheet is made of: the week, its sessions and activities, the class by name, the course, today. */
    public record Input(JobSearchWeek week, List<WeekSession> sessions, List<WeekActivity> activities,
                        List<String> students, String course, LocalDate today) {
    }

    private RunSheet() {
    }

    public static byte[] render(Input input, Locale locale) {
        return PdfDocument.render(xhtml(input, locale));
    }

    /** The page the PDF is made from. */
    public static String xhtml(Input input, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        DateTimeFormatter longDate = DateTimeFormatter.ofPattern(texts.getString("runsheet.day"), locale);
        DateTimeFormatter shortDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        JobSearchWeek week = input.week();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", locale.getLanguage());
        model.put("title", format(texts, locale, "runsheet.title", week.getTitle()));
        model.put("course", input.course() == null ? "" : input.course());
        model.put("period", format(texts, locale, "runsheet.period", shortDate.format(week.getFirstDay()),
                shortDate.format(week.getLastDay())));
        model.put("made", format(texts, locale, "runsheet.made", shortDate.format(input.today())));
        List<Map<String, Object>> days = new ArrayList<>();
        for (WeekDay day : week.days()) {
            Map<String, Object> d = new LinkedHashMap<>();
            String date = capitalised(longDate.format(day.date()), locale);
            d.put("heading", day.theme() == null ? date : date + " – " + day.theme());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (WeekSession s : input.sessions()) {
                if (s.getDay() != day.number()) {
                    continue;
                }
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("time", TIME.format(s.getStart()) + "–" + TIME.format(s.getEnd()));
                r.put("title", s.getTitle());
                r.put("place", s.getPlace() == null ? (s.getOnlineLink() == null ? "–" : texts.getString("runsheet.online"))
                        : s.getPlace());
                r.put("link", s.getOnlineLink() == null ? "" : s.getOnlineLink());
                r.put("host", s.getHost() == null ? "–" : s.getHost());
                r.put("bring", s.getBring() == null ? "–" : s.getBring());
                rows.add(r);
            }
            if (!rows.isEmpty()) {
                Map<String, Object> table = new LinkedHashMap<>();
                table.put("rows", rows);
                table.put("timeLabel", texts.getString("runsheet.col.time"));
                table.put("whatLabel", texts.getString("runsheet.col.what"));
                table.put("whereLabel", texts.getString("runsheet.col.where"));
                table.put("hostLabel", texts.getString("runsheet.col.host"));
                table.put("bringLabel", texts.getString("runsheet.col.bring"));
                d.put("sessions", List.of(table));
            } else {
                d.put("sessions", List.of());
            }
            d.put("noSessions", texts.getString("runsheet.noSessions"));
            days.add(d);
        }
        model.put("days", days);
        model.put("activitiesTitle", texts.getString("runsheet.activities"));
        List<Map<String, Object>> activities = new ArrayList<>();
        for (WeekActivity a : input.activities()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("due", capitalised(shortDate.format(a.getDueOn()), locale));
            r.put("title", a.getTitle());
            r.put("kind", texts.getString(a.isTask() ? "runsheet.kind.task" : "runsheet.kind.part"));
            activities.add(r);
        }
        model.put("activities", activities.isEmpty() ? List.of() : List.of(Map.of("rows", activities,
                "dueLabel", texts.getString("runsheet.col.due"), "activityLabel", texts.getString("runsheet.col.activity"),
                "kindLabel", texts.getString("runsheet.col.kind"))));
        model.put("noActivities", texts.getString("runsheet.noActivities"));
        model.put("studentsTitle", format(texts, locale, "runsheet.students", input.students().size()));
        model.put("students", input.students().isEmpty() ? List.of() : List.of(Map.of("rows", input.students())));
        model.put("noStudents", texts.getString("runsheet.noStudents"));
        model.put("footer", texts.getString("runsheet.footer"));
        return TEMPLATE.render(model);
    }

    private static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    private static String format(ResourceBundle texts, Locale locale, String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }
}
