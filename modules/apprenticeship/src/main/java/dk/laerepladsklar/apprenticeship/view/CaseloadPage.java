package dk.laerepladsklar.apprenticeship.view;

import dk.laerepladsklar.apprenticeship.boundary.CaseloadPages;
import dk.laerepladsklar.apprenticeship.boundary.Caseloads;
import dk.laerepladsklar.apprenticeship.control.CaseloadFilter;
import dk.laerepladsklar.apprenticeship.control.CaseloadLine;
import dk.laerepladsklar.apprenticeship.control.ChartConfig;
import dk.laerepladsklar.apprenticeship.control.SearchTexts;
import dk.laerepladsklar.apprenticeship.control.StatusOverTime;
import dk.laerepladsklar.apprenticeship.control.WeekCount;
import dk.laerepladsklar.apprenticeship.entity.PlacementState;
import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.StudentLabels;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What a course's caseload and the school's caseload pages share: the filter chosen in the address
 * ({@code &filter=deadline}), the lines it keeps, each line's figures in words, the groups by course, and the two
 * charts with their tables. Request-scoped like the module's other pages: everything is read for the request, and the
 * forms post to the caseload's resource and come back here.
 */
public abstract class CaseloadPage {

    @Inject
    SignedInUser user;

    protected Caseloads.Caseload caseload;
    protected LocalDate today;
    protected CaseloadFilter filter = CaseloadFilter.ALL;
    protected Map<String, String> parameters = Map.of();

    protected void read() {
        parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        filter = CaseloadFilter.byKey(parameters.get("filter"));
    }

    protected Locale locale() {
        return user.getLocale();
    }

    protected String text(String key, Object... arguments) {
        return SearchTexts.text(locale(), key, arguments);
    }

    public boolean isFound() {
        return caseload != null;
    }

    /** The placed search the page was opened from (its students' files link back to it), or null. */
    protected abstract UUID placementId();

    /** The page's own address, to build the filters' links on. */
    protected abstract String page();

    public abstract String getCsvUrl();

    public List<CaseloadLine> getLines() {
        return filter.apply(caseload.lines(), today);
    }

    public int getTotal() {
        return caseload.lines().size();
    }

    /** The lines in groups by course (one group on a course's caseload). */
    public List<Group> getGroups() {
        Map<String, List<CaseloadLine>> byCourse = new LinkedHashMap<>();
        for (CaseloadLine l : getLines()) {
            byCourse.computeIfAbsent(l.courseId(), c -> new ArrayList<>()).add(l);
        }
        List<Group> groups = new ArrayList<>();
        byCourse.forEach((course, lines) -> groups.add(new Group(course, lines.get(0).courseLabel(),
                lines.get(0).department(), lines)));
        return groups;
    }

    /** One course's students on the page, under the course's label ("Tømrer GF2 2026 (course-8301)"). */
    public record Group(String courseId, String label, String department, List<CaseloadLine> lines) {
        public String getHeading() {
            return department == null ? label : department + " · " + label;
        }
    }

    // --- filters ---------------------------------------------------------------------------------------------------

    public List<CaseloadFilter> getFilters() {
        return Arrays.asList(CaseloadFilter.values());
    }

    public boolean isChosen(CaseloadFilter f) {
        return f == filter;
    }

    public String getFilterKey() {
        return filter.key();
    }

    public String filterLabel(CaseloadFilter f) {
        return text("caseload.filter." + f.key(), f.count(caseload.lines(), today));
    }

    public String filterUrl(CaseloadFilter f) {
        String base = contextPath() + page();
        return user.withContext(f == CaseloadFilter.ALL ? base
                : base + (base.contains("?") ? "&" : "?") + "filter=" + f.key());
    }

    /** "Viser 3 af 28 elever". */
    public String getShowing() {
        return text("caseload.showing", getLines().size(), getTotal());
    }

    // --- one line in words -----------------------------------------------------------------------------------------

    public String nameOf(CaseloadLine l) {
        return StudentLabels.nameOrLabel(l.name(), l.studentSubject(), locale());
    }

    public boolean isNamesMissing() {
        return caseload.lines().stream().anyMatch(l -> l.name() == null);
    }

    public String getNamesExplanation() {
        return StudentLabels.explanation(locale());
    }

    public String fileUrl(CaseloadLine l) {
        return user.withContext(contextPath() + CaseloadPages.studentPage(placementId(), l.studentSubject()));
    }

    public String stateOf(CaseloadLine l) {
        if (l.state() == null) {
            return text("caseload.state.NONE");
        }
        if (l.state() == PlacementState.REGISTERED_SEEKING && l.registeredOn() != null) {
            return text("caseload.state.REGISTERED_SEEKING.on", date(l.registeredOn()));
        }
        if (l.state() == PlacementState.AGREEMENT_SIGNED && l.agreementType() != null) {
            return text("caseload.state.AGREEMENT_SIGNED.type", text("agreement.type." + l.agreementType().name()));
        }
        return text("caseload.state." + l.state().name());
    }

    public String stateKey(CaseloadLine l) {
        return l.state() == null ? "none" : l.state().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String lastActivityOf(CaseloadLine l) {
        return l.lastActivity() == null ? text("caseload.never") : date(l.lastActivity());
    }

    /** "om 12 dage (9. marts 2027)", "i dag", "for 3 dage siden"; empty without a term. */
    public String deadlineOf(CaseloadLine l) {
        if (l.deadline() == null) {
            return text("caseload.deadline.none");
        }
        return relative(l.daysToDeadline(), l.deadline());
    }

    /** Whether a line's deadline needs attention: near or passed, and not registered or signed. */
    public boolean deadlineWarning(CaseloadLine l) {
        return CaseloadFilter.DEADLINE_NEAR.matches(l, today);
    }

    public boolean quiet(CaseloadLine l) {
        return CaseloadFilter.NO_RECENT_APPLICATION.matches(l, today);
    }

    public boolean agreementEnding(CaseloadLine l) {
        return CaseloadFilter.AGREEMENT_ENDING.matches(l, today);
    }

    public String agreementOf(CaseloadLine l) {
        if (l.agreementType() == null) {
            return "";
        }
        String kind = text("agreement.type." + l.agreementType().name());
        return l.agreementEnds() == null ? kind
                : text("caseload.agreement.ends", kind, relative(l.daysToAgreementEnd(), l.agreementEnds()));
    }

    public String checkInsOf(CaseloadLine l) {
        if (l.agreementType() == null) {
            return "";
        }
        return l.lastCheckIn() == null ? text("caseload.checkIns.none")
                : text(l.lastCheckInHard() ? "caseload.checkIns.hard" : "caseload.checkIns.some", l.checkIns(),
                date(l.lastCheckIn()));
    }

    protected String relative(Integer days, LocalDate day) {
        String when = days == 0 ? text("caseload.days.today") : days > 0 ? text("caseload.days.ahead", days)
                : text("caseload.days.ago", -days);
        return text("caseload.days.on", when, date(day));
    }

    public String date(LocalDate day) {
        return SearchTexts.date(day, locale());
    }

    // --- charts ----------------------------------------------------------------------------------------------------

    public List<WeekCount> getWeeks() {
        return caseload.applicationsPerWeek();
    }

    public String weekLabel(LocalDate monday) {
        return text("caseload.chart.week", monday.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR), date(monday));
    }

    public String getApplicationsChart() {
        List<String> labels = getWeeks().stream().map(w -> text("caseload.chart.weekShort", w.weekNumber())).toList();
        return ChartConfig.bars(text("caseload.chart.applications"), labels,
                List.of(new ChartConfig.Series(text("caseload.chart.applications.series"),
                        getWeeks().stream().map(WeekCount::count).toList())));
    }

    public List<StatusOverTime.Week> getStatusWeeks() {
        return caseload.statusOverTime();
    }

    public List<PlacementState> getStates() {
        return Arrays.asList(PlacementState.values());
    }

    public String stateHeading(PlacementState s) {
        return text("caseload.state." + s.name());
    }

    public String getStatusChart() {
        List<String> labels = getStatusWeeks().stream()
                .map(w -> text("caseload.chart.weekShort", w.monday().get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)))
                .toList();
        List<ChartConfig.Series> series = getStates().stream().map(s -> new ChartConfig.Series(stateHeading(s),
                getStatusWeeks().stream().map(w -> w.count(s)).toList())).toList();
        return ChartConfig.bars(text("caseload.chart.status"), labels, series);
    }

    /** Whether there is anything to draw at all (an empty chart is noise). */
    public boolean isChartsEmpty() {
        return getWeeks().stream().allMatch(w -> w.count() == 0)
                && getStatusWeeks().stream().allMatch(w -> w.total() == 0);
    }

    // --- what the last form did ------------------------------------------------------------------------------------

    public String getSaved() {
        String saved = parameters.get("saved");
        return "term".equals(saved) ? text("saved.term") : "";
    }

    public String getRefusal() {
        return SearchTexts.refusal(parameters.get("refused"), locale());
    }

    protected static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }
}
