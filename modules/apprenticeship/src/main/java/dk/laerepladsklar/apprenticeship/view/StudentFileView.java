package dk.laerepladsklar.apprenticeship.view;

import dk.laerepladsklar.apprenticeship.boundary.ApprenticeshipSearchActivity;
import dk.laerepladsklar.apprenticeship.boundary.CaseloadPages;
import dk.laerepladsklar.apprenticeship.boundary.CaseloadResource;
import dk.laerepladsklar.apprenticeship.boundary.Searches;
import dk.laerepladsklar.apprenticeship.boundary.StudentFiles;
import dk.laerepladsklar.apprenticeship.control.CaseloadLine;
import dk.laerepladsklar.apprenticeship.control.SearchTexts;
import dk.laerepladsklar.apprenticeship.entity.Agreement;
import dk.laerepladsklar.apprenticeship.entity.CheckIn;
import dk.laerepladsklar.apprenticeship.entity.CompanyContact;
import dk.laerepladsklar.apprenticeship.entity.ContactKind;
import dk.laerepladsklar.apprenticeship.entity.JobApplication;
import dk.laerepladsklar.apprenticeship.entity.NextStep;
import dk.laerepladsklar.apprenticeship.entity.StatusChange;
import dk.laerepladsklar.apprenticeship.entity.StatusChangeCause;
import dk.laerepladsklar.apprenticeship.entity.StudentNote;
import dk.laerepladsklar.apprenticeship.entity.Texts;
import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.StudentLabels;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A student's file ({@code /apprenticeship/student.xhtml?placement=…&student=…}, or {@code ?student=…} from the school's
 * caseload): the student's applications, status history, agreement and check-ins, and the colleagues' notes, contacts
 * with the company and next steps. Staff and consultants write; a mentor reads the mentors' part (see
 * {@link StudentFiles}).
 */
@Named
@RequestScoped
public class StudentFileView {

    @Inject
    SignedInUser user;
    @Inject
    StudentFiles files;

    private StudentFiles.Opened opened;
    private StudentFiles.StudentFile file;
    private Map<String, String> parameters = Map.of();
    private LocalDate today;

    @PostConstruct
    void init() {
        if (!user.isSignedIn()) {
            return;
        }
        parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        opened = files.open(parameters.get(ApprenticeshipSearchActivity.PLACEMENT_PARAMETER),
                parameters.get(CaseloadPages.STUDENT_PARAMETER), user.current()).orElse(null);
        if (opened != null) {
            today = Searches.today();
            file = files.file(opened, user.current(), today);
        }
    }

    private Locale locale() {
        return user.getLocale();
    }

    private String text(String key, Object... arguments) {
        return SearchTexts.text(locale(), key, arguments);
    }

    public boolean isFound() {
        return file != null;
    }

    public String getName() {
        return StudentLabels.nameOrLabel(file.name(), opened.student().subject(), locale());
    }

    public String getSubject() {
        return opened.student().subject();
    }

    public String getPlacement() {
        return opened.placed() == null ? "" : opened.placed().placementId().toString();
    }

    public boolean isMayWrite() {
        return opened.mayWrite();
    }

    public boolean isMentor() {
        return opened.mentor();
    }

    public CaseloadLine getLine() {
        return file.line();
    }

    /** Back to the caseload it was opened from: the course's, or the school's. */
    public String getBackUrl() {
        String page = opened.placed() == null ? CaseloadPages.SCHOOL_PAGE
                : ApprenticeshipSearchActivity.CASELOAD_PAGE + "?" + ApprenticeshipSearchActivity.PLACEMENT_PARAMETER
                + "=" + opened.placed().placementId();
        return user.withContext(contextPath() + page);
    }

    public String getCounts() {
        CaseloadLine l = file.line();
        return text("file.counts", l.applicationsSent(), l.interviews(), l.offers());
    }

    public String getState() {
        CaseloadLine l = file.line();
        return l.state() == null ? text("caseload.state.NONE") : text("caseload.state." + l.state().name());
    }

    public String getDeadline() {
        CaseloadLine l = file.line();
        return l.deadline() == null ? text("caseload.deadline.none")
                : text("file.deadline", date(l.deadline()), days(l.daysToDeadline()));
    }

    private String days(int days) {
        return days == 0 ? text("caseload.days.today") : days > 0 ? text("caseload.days.ahead", days)
                : text("caseload.days.ago", -days);
    }

    // --- the student's own search ----------------------------------------------------------------------------------

    public List<JobApplication> getApplications() {
        return file.facts().applications();
    }

    public String statusOf(JobApplication a) {
        return text("status." + a.getStatus().name());
    }

    public String channelOf(JobApplication a) {
        return text("channel." + a.getChannel().name());
    }

    /** The status history, newest first. */
    public List<StatusChange> getHistory() {
        List<StatusChange> history = new ArrayList<>(file.facts().history());
        java.util.Collections.reverse(history);
        return history;
    }

    public String changeOf(StatusChange c) {
        String to = text("history." + c.getToState().name());
        return c.getCause() == StatusChangeCause.AGREEMENT_ENDED ? to + " " + text("history.agreementEnded") : to;
    }

    public Agreement getAgreement() {
        return file.agreement();
    }

    public String getAgreementText() {
        Agreement a = file.agreement();
        String kind = text("agreement.type." + a.getType().name());
        String period = a.getEndsOn() == null ? text("agreement.from", date(a.getStartsOn()))
                : text("agreement.fromTo", date(a.getStartsOn()), date(a.getEndsOn()));
        String probation = a.getProbationEndsOn() == null ? "" : ", " + text("agreement.probation", date(a.getProbationEndsOn()));
        return text("file.agreement", kind, a.getCompanyName(), period + probation);
    }

    public boolean isMasterMeetingMissing() {
        return file.masterMeetingMissing();
    }

    public List<CheckIn> getCheckIns() {
        List<CheckIn> checkIns = new ArrayList<>(file.facts().checkIns());
        java.util.Collections.reverse(checkIns);
        return checkIns;
    }

    public String answersOf(CheckIn c) {
        return text("file.checkIn.answers", text("checkIn.a." + c.getWellbeing().name()),
                text("checkIn.a." + c.getLearning().name()), text("checkIn.a." + c.getSupport().name()));
    }

    /** The check-in's note was written to the mentor: the mentor and staff read it. */
    public String weekOf(CheckIn c) {
        return text("file.checkIn.week", date(c.getWeekOf()));
    }

    // --- what colleagues keep --------------------------------------------------------------------------------------

    public List<StudentNote> getNotes() {
        return file.notes();
    }

    public String noteBy(StudentNote n) {
        return text("file.by", author(n.getAuthorName()), when(n.getWrittenAt()));
    }

    public List<CompanyContact> getContacts() {
        return file.contacts();
    }

    public String contactKind(ContactKind kind) {
        return text("contact.kind." + kind.name());
    }

    public String contactBy(CompanyContact c) {
        return text("file.contact.by", date(c.getContactedOn()), author(c.getAuthorName()));
    }

    public List<ContactKind> getContactKinds() {
        return Arrays.asList(ContactKind.values());
    }

    public List<NextStep> getSteps() {
        return file.steps();
    }

    public boolean overdue(NextStep s) {
        return s.isOverdue(today);
    }

    public String stepDue(NextStep s) {
        return s.isDone() ? text("file.step.done", when(s.getDoneAt()))
                : text(s.isOverdue(today) ? "file.step.overdue" : "file.step.due", date(s.getDueOn()));
    }

    private String author(String name) {
        return name == null ? text("file.colleague") : name;
    }

    private String when(Instant at) {
        return DateTimeFormatter.ofPattern(text("format.dateTime"), locale()).format(at.atZone(Searches.SCHOOL_ZONE));
    }

    public String date(LocalDate day) {
        return SearchTexts.date(day, locale());
    }

    public String getToday() {
        return today.toString();
    }

    // --- forms -----------------------------------------------------------------------------------------------------

    public String action(String what) {
        return user.withContext(contextPath() + CaseloadResource.PATH + "file/" + what);
    }

    public String doneAction(NextStep s) {
        return action("steps/" + s.getId() + "/done");
    }

    public int getMaxNote() {
        return StudentNote.MAX_TEXT;
    }

    public int getMaxName() {
        return Texts.NAME;
    }

    public int getMaxStep() {
        return NextStep.MAX_WHAT;
    }

    public String getSaved() {
        String saved = parameters.get("saved");
        return saved != null && List.of("note", "contact", "step", "stepDone").contains(saved)
                ? text("file.saved." + saved) : "";
    }

    public String getRefusal() {
        return SearchTexts.refusal(parameters.get("refused"), locale());
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }
}
