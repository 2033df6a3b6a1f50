package dk.laerepladsklar.apprenticeship.view;

import dk.laerepladsklar.apprenticeship.boundary.ApprenticeshipSearchActivity;
import dk.laerepladsklar.apprenticeship.boundary.SearchDefaults;
import dk.laerepladsklar.apprenticeship.boundary.SearchPlacement;
import dk.laerepladsklar.apprenticeship.boundary.SearchResource;
import dk.laerepladsklar.apprenticeship.boundary.SearchState;
import dk.laerepladsklar.apprenticeship.boundary.Searches;
import dk.laerepladsklar.apprenticeship.control.SearchReminder;
import dk.laerepladsklar.apprenticeship.control.SearchTexts;
import dk.laerepladsklar.apprenticeship.entity.Agreement;
import dk.laerepladsklar.apprenticeship.entity.AgreementType;
import dk.laerepladsklar.apprenticeship.entity.ApplicationChannel;
import dk.laerepladsklar.apprenticeship.entity.ApplicationStatus;
import dk.laerepladsklar.apprenticeship.entity.CourseTerm;
import dk.laerepladsklar.apprenticeship.entity.JobApplication;
import dk.laerepladsklar.apprenticeship.entity.PlacementState;
import dk.laerepladsklar.apprenticeship.entity.StatusChange;
import dk.laerepladsklar.apprenticeship.entity.Texts;
import dk.laerepladsklar.kernel.SignedInUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The student's search page ({@code /apprenticeship/search.xhtml?placement=…}), built for a phone: log an application in
 * a few taps (today's date, the last trade and a follow-up in a week are filled in), move an application with one tap,
 * keep the placement status, record the agreement, and answer the probation check-in. Forms post to
 * {@link SearchResource} and come back here with what was saved or refused.
 */
@Named
@RequestScoped
public class SearchView {

    /** The link every status card shows: where students register as seeking and find postings. */
    public static final String LAEREPLADSEN = "https://www.laerepladsen.dk/";

    @Inject
    SignedInUser user;
    @Inject
    Searches searches;

    private SearchPlacement placed;
    private SearchState state;
    private Map<String, String> parameters;
    private CourseTerm term;

    @PostConstruct
    void init() {
        if (!user.isSignedIn()) {
            return;
        }
        parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        placed = searches.open(parameters.get(ApprenticeshipSearchActivity.PLACEMENT_PARAMETER), user.current()).orElse(null);
        if (placed != null) {
            state = searches.page(placed, user.current());
            term = user.isStaff() ? searches.term(placed).orElse(null) : null;
        }
    }

    private Locale locale() {
        return user.getLocale();
    }

    public boolean isFound() {
        return placed != null;
    }

    public String getTitle() {
        return placed.title();
    }

    public String getCounts() {
        String counts = SearchTexts.text(locale(), "counts", state.counts().sent(), state.counts().interviews());
        return state.counts().offers() == 0 ? counts
                : counts + " " + SearchTexts.text(locale(), "counts.offers", state.counts().offers());
    }

    public int getSentCount() {
        return state.counts().sent();
    }

    public String getSaved() {
        String saved = parameters.get("saved");
        return saved != null && saved.matches("[a-zA-Z]{2,20}") ? optional("saved." + saved) : "";
    }

    public String getRefusal() {
        return SearchTexts.refusal(parameters.get("refused"), locale());
    }

    private String optional(String key) {
        try {
            return SearchTexts.text(locale(), key);
        } catch (java.util.MissingResourceException unknown) {
            return "";
        }
    }

    // --- reminders

    public List<SearchReminder> getReminders() {
        return state.reminders();
    }

    public String reminderText(SearchReminder r) {
        return SearchTexts.reminder(r, state.today(), locale());
    }

    public String reminderHref(SearchReminder r) {
        return SearchTexts.anchor(r);
    }

    // --- the application form

    public String getLogAction() {
        return action("applications");
    }

    public String getToday() {
        return state.today().toString();
    }

    public String getDefaultFollowUp() {
        return state.today().plusDays(SearchDefaults.FOLLOW_UP_DAYS).toString();
    }

    public String getLastTrade() {
        return state.lastTrade() == null ? "" : state.lastTrade();
    }

    public List<ApplicationChannel> getChannels() {
        return List.of(ApplicationChannel.values());
    }

    public String channelName(ApplicationChannel c) {
        return SearchTexts.text(locale(), "channel." + c.name());
    }

    /** The statuses an application can be logged with: the open ones (a closed one is logged as sent, then closed). */
    public List<ApplicationStatus> getStartStatuses() {
        return List.of(ApplicationStatus.SENT, ApplicationStatus.INTERVIEW_CALLED, ApplicationStatus.INTERVIEW_HELD,
                ApplicationStatus.OFFER);
    }

    public String statusName(ApplicationStatus s) {
        return SearchTexts.text(locale(), "status." + s.name());
    }

    public int getMaxName() {
        return Texts.NAME;
    }

    public int getMaxTrade() {
        return Texts.TRADE;
    }

    public int getMaxNotes() {
        return Texts.NOTES;
    }

    public int getMaxNoteToMentor() {
        return Texts.NOTE_TO_MENTOR;
    }

    // --- the list

    public List<JobApplication> getApplications() {
        return state.applications();
    }

    public String moveAction(JobApplication a) {
        return action("applications/" + a.getId() + "/status");
    }

    public String followedUpAction(JobApplication a) {
        return action("applications/" + a.getId() + "/followed-up");
    }

    public List<ApplicationStatus> quickMoves(JobApplication a) {
        return a.getStatus().quickMoves();
    }

    public List<ApplicationStatus> otherMoves(JobApplication a) {
        List<ApplicationStatus> others = new ArrayList<>(a.getStatus().moves());
        others.removeAll(a.getStatus().quickMoves());
        return others;
    }

    public String moveLabel(ApplicationStatus s) {
        return SearchTexts.text(locale(), "move." + s.name());
    }

    public String summary(JobApplication a) {
        String trade = a.getTrade() == null ? "" : a.getTrade() + " · ";
        return trade + channelName(a.getChannel()) + " · " + date(a.getSentOn());
    }

    public boolean followUpDue(JobApplication a) {
        return a.followUpDue(state.today());
    }

    public String followUp(JobApplication a) {
        return a.getFollowUpOn() == null ? "" : SearchTexts.text(locale(), "application.followUp", date(a.getFollowUpOn()));
    }

    public String statusClass(JobApplication a) {
        return "lpk-ap-status-" + a.getStatus().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    // --- placement status

    public String getState() {
        return state.status().getState().name();
    }

    public String getStateText() {
        PlacementState s = state.status().getState();
        return switch (s) {
            case SEEKING -> SearchTexts.text(locale(), "placement.SEEKING");
            case REGISTERED_SEEKING -> SearchTexts.text(locale(), "placement.REGISTERED_SEEKING",
                    date(state.status().getRegisteredOn()));
            case AGREEMENT_SIGNED -> state.agreement() == null ? SearchTexts.text(locale(), "placement.AGREEMENT_SIGNED.plain")
                    : SearchTexts.text(locale(), "placement.AGREEMENT_SIGNED", typeName(state.agreement().getType()),
                    state.agreement().getCompanyName());
            case SCHOOL_BASED_TRAINING -> SearchTexts.text(locale(), "placement.SCHOOL_BASED_TRAINING");
        };
    }

    public String getSince() {
        return SearchTexts.text(locale(), "placement.since", date(state.status().getSince()));
    }

    public boolean isSeeking() {
        return state.status().getState() == PlacementState.SEEKING;
    }

    public boolean isRegistered() {
        return state.status().getState() == PlacementState.REGISTERED_SEEKING;
    }

    public boolean isSchoolBased() {
        return state.status().getState() == PlacementState.SCHOOL_BASED_TRAINING;
    }

    public Agreement getAgreement() {
        return state.agreement();
    }

    public String typeName(AgreementType t) {
        return SearchTexts.text(locale(), "agreement.type." + t.name());
    }

    public List<AgreementType> getAgreementTypes() {
        return List.of(AgreementType.values());
    }

    public String getAgreementDates() {
        Agreement a = state.agreement();
        String dates = a.getEndsOn() == null ? SearchTexts.text(locale(), "agreement.from", date(a.getStartsOn()))
                : SearchTexts.text(locale(), "agreement.fromTo", date(a.getStartsOn()), date(a.getEndsOn()));
        return a.getProbationEndsOn() == null ? dates
                : dates + " · " + SearchTexts.text(locale(), "agreement.probation", date(a.getProbationEndsOn()));
    }

    public boolean isAgreementEnding() {
        return state.agreement() != null && state.agreement().endsSoon(state.today());
    }

    public String getAgreementEndingText() {
        return SearchTexts.text(locale(), "reminder.AGREEMENT_ENDING", date(state.agreement().getEndsOn()));
    }

    public String getDeadline() {
        return state.deadline().map(d -> SearchTexts.text(locale(), "placement.deadline", date(d.registerBy()),
                date(d.gf2EndsOn()))).orElse("");
    }

    public String getLaerepladsen() {
        return LAEREPLADSEN;
    }

    public String getStatusAction() {
        return action("status");
    }

    public String getAgreementAction() {
        return action("agreement");
    }

    /** The application the agreement form is prefilled from: the one just moved to "agreement signed", or one waiting. */
    public Optional<JobApplication> getAgreementFrom() {
        String asked = parameters.get("agreementFor");
        if (asked != null) {
            for (JobApplication a : state.applications()) {
                if (a.getId().toString().equals(asked) && a.getStatus() == ApplicationStatus.AGREEMENT_SIGNED) {
                    return Optional.of(a);
                }
            }
        }
        return state.unrecorded();
    }

    /** Open the agreement form when an application waits for its agreement. */
    public boolean isAgreementOffered() {
        return getAgreementFrom().isPresent();
    }

    public String getAgreementCompany() {
        return getAgreementFrom().map(JobApplication::getCompanyName).orElse("");
    }

    public String getAgreementCvr() {
        return getAgreementFrom().map(JobApplication::getCvr).orElse("");
    }

    public String getAgreementApplication() {
        return getAgreementFrom().map(a -> a.getId().toString()).orElse("");
    }

    public List<StatusChange> getHistory() {
        List<StatusChange> newestFirst = new ArrayList<>(state.history());
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    public String historyText(StatusChange c) {
        String what = SearchTexts.text(locale(), "history." + c.getToState().name());
        String why = c.getCause() == dk.laerepladsklar.apprenticeship.entity.StatusChangeCause.AGREEMENT_ENDED
                ? " " + SearchTexts.text(locale(), "history.agreementEnded") : "";
        return date(c.getEffectiveOn()) + ": " + what + why;
    }

    // --- check-in

    public boolean isCheckInOpen() {
        return state.checkInOpen();
    }

    public boolean isCheckInAnswered() {
        return state.checkInAnsweredThisWeek();
    }

    public String getCheckInAction() {
        return action("check-in");
    }

    public List<String> getCheckInQuestions() {
        return List.of("wellbeing", "learning", "support");
    }

    public List<String> getCheckInAnswers() {
        return List.of("GOOD", "OK", "HARD");
    }

    // --- the course term (staff)

    public boolean isTermShown() {
        return user.isStaff();
    }

    public String getTermAction() {
        return user.withContext(contextPath() + SearchResource.TERM_PATH + placed.placementId());
    }

    public String getTermDepartment() {
        return term == null || term.getDepartmentName() == null ? "" : term.getDepartmentName();
    }

    public String getTermGf2End() {
        return term == null ? "" : term.getGf2EndsOn().toString();
    }

    public String getTermDeadline() {
        return term == null ? "" : SearchTexts.text(locale(), "term.deadline", date(term.seekingDeadline()));
    }

    // ---

    public String date(LocalDate date) {
        return SearchTexts.date(date, locale());
    }

    private String action(String path) {
        return user.withContext(contextPath() + SearchResource.SEARCH_PATH + placed.placementId() + "/" + path);
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    UUID placementId() {
        return placed.placementId();
    }
}
