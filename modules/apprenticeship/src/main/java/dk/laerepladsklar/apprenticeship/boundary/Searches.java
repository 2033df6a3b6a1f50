package dk.laerepladsklar.apprenticeship.boundary;

import dk.laerepladsklar.apprenticeship.control.ApplicationCounts;
import dk.laerepladsklar.apprenticeship.control.CheckInWindow;
import dk.laerepladsklar.apprenticeship.control.SearchReminder;
import dk.laerepladsklar.apprenticeship.control.SearchReminders;
import dk.laerepladsklar.apprenticeship.entity.Agreement;
import dk.laerepladsklar.apprenticeship.entity.AgreementType;
import dk.laerepladsklar.apprenticeship.entity.ApplicationDetails;
import dk.laerepladsklar.apprenticeship.entity.ApplicationStatus;
import dk.laerepladsklar.apprenticeship.entity.ApprenticeshipRefused;
import dk.laerepladsklar.apprenticeship.entity.CheckIn;
import dk.laerepladsklar.apprenticeship.entity.CheckInAnswer;
import dk.laerepladsklar.apprenticeship.entity.CourseTerm;
import dk.laerepladsklar.apprenticeship.entity.JobApplication;
import dk.laerepladsklar.apprenticeship.entity.PlacementState;
import dk.laerepladsklar.apprenticeship.entity.PlacementStatus;
import dk.laerepladsklar.apprenticeship.entity.SearchEnrolment;
import dk.laerepladsklar.kernel.access.Access;
import dk.laerepladsklar.kernel.access.CourseRef;
import dk.laerepladsklar.kernel.activity.ActivityOpened;
import dk.laerepladsklar.kernel.activity.Placements;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * The student's search: opening the placed search, the page's state, logging and moving applications, the placement
 * status, the agreement and probation check-ins, and the course term staff set. A student only ever reaches their own
 * rows: each change asks {@code Access} whether the launch may change its own things in the placement's course, and
 * rows are looked up by the launch's school and user id, so another student's id finds nothing.
 */
@ApplicationScoped
public class Searches {

    /** "Today" is the school's day. */
    public static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Copenhagen");
    /** Who changed a status when the tool did it (an agreement ended). */
    public static final String BY_THE_TOOL = "lpk:agreement-ended";
    /**
     * More applications than any student sends in a search (a busy one sends a hundred or two); the caseloads and the
     * school's figures read a student's applications whole, so a script may not log without end.
     */
    public static final int MAX_APPLICATIONS = 500;
    /** More agreements than a student's education has (a few short ones at most), for the same reason. */
    public static final int MAX_AGREEMENTS = 30;
    private static final Logger LOG = Logger.getLogger(Searches.class);

    @Inject
    Placements placements;
    @Inject
    Access access;
    @Inject
    SearchRecords records;
    @Inject
    Event<ActivityOpened> opened;

    public static LocalDate today() {
        return LocalDate.now(SCHOOL_ZONE);
    }

    /** For a student (or staff trying it): a placed search of the launch's own course. */
    public Optional<SearchPlacement> open(String placementId, LaunchContext launch) {
        return open(placementId, course -> access.mayChange(launch, me(launch), course));
    }

    /** For the course's staff and mentors: the caseload and the students' files. */
    public Optional<SearchPlacement> openToFollow(String placementId, LaunchContext launch) {
        return open(placementId, course -> access.mayFollow(launch, course));
    }

    /** For the course's staff: setting the course term. */
    public Optional<SearchPlacement> openToTeach(String placementId, LaunchContext launch) {
        return open(placementId, course -> access.mayTeach(launch, course));
    }

    private Optional<SearchPlacement> open(String placementId, Predicate<CourseRef> allowed) {
        UUID id;
        try {
            id = placementId == null || placementId.length() != 36 ? null : UUID.fromString(placementId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (id == null) {
            return Optional.empty();
        }
        return placements.find(id).filter(p -> !p.isProvisional())
                .filter(p -> ApprenticeshipSearchActivity.TYPE.equals(p.getActivity().type()))
                .filter(p -> {
                    boolean ours = allowed.test(CourseRef.of(p));
                    if (!ours) {
                        LOG.warnf("SEARCH_PLACEMENT_REFUSED: placement %s asked for outside its course or role", p.getId());
                    }
                    return ours;
                })
                .map(SearchPlacement::of);
    }

    static StudentRef me(LaunchContext launch) {
        return new StudentRef(launch.platform(), launch.actor().subject());
    }

    /**
     * The page's state: notes that the student opened the search from this course, starts their status (seeking) the
     * first time, and puts them back to seeking when their agreement has ended. Staff trying the page are not enrolled:
     * an enrolment puts a person on the caseloads and in the school's figures, and tells the class overview a student
     * opened the search.
     */
    @Transactional
    public SearchState page(SearchPlacement placed, LaunchContext launch) {
        requireOwn(placed, launch);
        StudentRef me = me(launch);
        LocalDate today = today();
        Instant now = Instant.now();
        if (launch.actor().isStudent()) {
            enrol(placed, launch, me, now);
        }
        PlacementStatus status = status(me, launch.actor().subject(), today, now);
        Agreement agreement = status.getAgreementId() == null ? null
                : records.agreement(me, status.getAgreementId()).orElse(null);
        List<LocalDate> weeks = agreement == null ? List.of() : records.weeksAnswered(agreement.getId());
        List<JobApplication> applications = records.applications(me);
        ApplicationCounts counts = ApplicationCounts.of(applications, records.steps(me));
        Optional<SearchReminders.Deadline> deadline = SearchReminders.Deadline.nearest(records.deadlines(me), today);
        List<SearchReminder> reminders = SearchReminders.dueFor(applications, status, agreement, weeks, deadline, today);
        List<UUID> recordedFor = records.agreements(me).stream().map(Agreement::getApplicationId)
                .filter(Objects::nonNull).toList();
        Optional<JobApplication> unrecorded = applications.stream()
                .filter(a -> a.getStatus() == ApplicationStatus.AGREEMENT_SIGNED && !recordedFor.contains(a.getId()))
                .findFirst();
        String lastTrade = applications.stream().map(JobApplication::getTrade).filter(Objects::nonNull).findFirst()
                .orElse(null);
        return new SearchState(today, applications, counts, status, agreement, records.history(me),
                CheckInWindow.isOpen(agreement, weeks, today), CheckInWindow.answeredThisWeek(agreement, weeks, today),
                reminders, deadline, unrecorded, lastTrade);
    }

    private void enrol(SearchPlacement placed, LaunchContext launch, StudentRef me, Instant now) {
        Optional<SearchEnrolment> known = records.enrolment(me, placed.course().courseId());
        String courseTitle = courseTitle(placed, launch);
        if (known.isPresent()) {
            known.get().seen(launch.actor().displayName(), courseTitle, now);
        } else {
            records.persist(new SearchEnrolment(me, placed.course().courseId(), launch.actor().displayName(), courseTitle,
                    now));
            opened.fire(new ActivityOpened(placed.placementId(), me.subject(), ApprenticeshipSearchActivity.SCORE_MAXIMUM, now));
        }
    }

    /**
     * The course's title as this launch sent it (its context's title, else its label), or null: only a launch from the
     * placement's own course names it.
     */
    static String courseTitle(SearchPlacement placed, LaunchContext launch) {
        if (!launch.isIn(placed.course().platform(), placed.course().courseId())) {
            return null;
        }
        String title = launch.course().title();
        return title != null && !title.isBlank() ? title : launch.course().label();
    }

    /** The student's status, started (seeking) when there is none, and back to seeking when the agreement ended. */
    PlacementStatus status(StudentRef me, String by, LocalDate today, Instant now) {
        PlacementStatus status = records.status(me).orElse(null);
        if (status == null) {
            status = new PlacementStatus(me, today, now);
            records.persist(status);
            records.persist(status.initialChange(by, now));
        }
        if (status.getState() == PlacementState.AGREEMENT_SIGNED) {
            Agreement current = records.agreement(me, status.getAgreementId()).orElse(null);
            PlacementStatus s = status;
            status.agreementEnded(current, BY_THE_TOOL, today, now).ifPresent(change -> {
                records.persist(change);
                LOG.infof("Agreement of %s ended: back to seeking", s.student());
            });
        }
        return status;
    }

    /** Logs an application; its first step is dated the day it was sent. */
    @Transactional
    public JobApplication log(SearchPlacement placed, LaunchContext launch, ApplicationDetails details) {
        requireOwn(placed, launch);
        if (records.count("JobApplication", me(launch)) >= MAX_APPLICATIONS) {
            throw new ApprenticeshipRefused("APPLICATIONS_TOO_MANY");
        }
        Instant now = Instant.now();
        JobApplication application = new JobApplication(me(launch), placed.course().courseId(), details, today(), now);
        records.persist(application);
        records.persist(application.logged(launch.actor().subject(), now));
        return application;
    }

    /** Moves one of the student's applications; another student's id is not found. */
    @Transactional
    public JobApplication move(SearchPlacement placed, LaunchContext launch, UUID applicationId, ApplicationStatus to) {
        requireOwn(placed, launch);
        JobApplication application = records.application(me(launch), applicationId)
                .orElseThrow(() -> new ApprenticeshipRefused("APPLICATION_NOT_FOUND"));
        if (to == null) {
            throw new ApprenticeshipRefused("STATUS_UNKNOWN");
        }
        records.persist(application.moveTo(to, launch.actor().subject(), today(), Instant.now()));
        return application;
    }

    /** The student followed up: the next follow-up a week from today. */
    @Transactional
    public JobApplication followedUp(SearchPlacement placed, LaunchContext launch, UUID applicationId) {
        requireOwn(placed, launch);
        JobApplication application = records.application(me(launch), applicationId)
                .orElseThrow(() -> new ApprenticeshipRefused("APPLICATION_NOT_FOUND"));
        if (!application.getStatus().isOpen()) {
            throw new ApprenticeshipRefused("APPLICATION_CLOSED");
        }
        LocalDate today = today();
        application.edit(new ApplicationDetails(application.getCompanyName(), application.getCvr(), application.getTrade(),
                application.getChannel(), application.getSentOn(), application.getStatus(),
                today.plusDays(SearchDefaults.FOLLOW_UP_DAYS), application.getNotes()), today, Instant.now());
        return application;
    }

    /** Seeking, registered as seeking on lærepladsen.dk (on a date), or school-based training; an agreement has its own form. */
    @Transactional
    public PlacementStatus changeStatus(SearchPlacement placed, LaunchContext launch, PlacementState to, LocalDate registered) {
        requireOwn(placed, launch);
        StudentRef me = me(launch);
        String by = launch.actor().subject();
        LocalDate today = today();
        Instant now = Instant.now();
        PlacementStatus status = status(me, by, today, now);
        if (to == null) {
            throw new ApprenticeshipRefused("STATUS_UNKNOWN");
        }
        records.persist(switch (to) {
            case SEEKING -> status.seeking(by, today, now);
            case REGISTERED_SEEKING -> status.registeredSeeking(registered, by, today, now);
            case SCHOOL_BASED_TRAINING -> status.schoolBasedTraining(by, today, now);
            case AGREEMENT_SIGNED -> throw new ApprenticeshipRefused("STATUS_NEEDS_AGREEMENT");
        });
        return status;
    }

    /** What the agreement form sends. A blank probation end is the usual three months (or the end, if sooner). */
    public record AgreementForm(AgreementType type, String companyName, String cvr, LocalDate startsOn, LocalDate endsOn,
                                LocalDate probationEndsOn, UUID applicationId) {
    }

    /**
     * Records a signed agreement and sets the status to it. From an application: the student's own, moved to "agreement
     * signed" when it is not yet.
     */
    @Transactional
    public Agreement recordAgreement(SearchPlacement placed, LaunchContext launch, AgreementForm form) {
        requireOwn(placed, launch);
        StudentRef me = me(launch);
        String by = launch.actor().subject();
        LocalDate today = today();
        Instant now = Instant.now();
        if (records.count("Agreement", me) >= MAX_AGREEMENTS) {
            throw new ApprenticeshipRefused("AGREEMENTS_TOO_MANY");
        }
        JobApplication from = null;
        if (form.applicationId() != null) {
            from = records.application(me, form.applicationId())
                    .orElseThrow(() -> new ApprenticeshipRefused("APPLICATION_NOT_FOUND"));
        }
        LocalDate probation = form.probationEndsOn();
        if (probation == null && form.startsOn() != null) {
            probation = form.startsOn().plusMonths(Agreement.USUAL_PROBATION_MONTHS);
            if (form.endsOn() != null && probation.isAfter(form.endsOn()) && form.endsOn().isAfter(form.startsOn())) {
                probation = form.endsOn();
            }
        }
        Agreement agreement = new Agreement(me, from == null ? null : from.getId(), form.type(), form.companyName(),
                form.cvr(), form.startsOn(), form.endsOn(), probation, today, now);
        if (from != null && from.getStatus() != ApplicationStatus.AGREEMENT_SIGNED) {
            records.persist(from.moveTo(ApplicationStatus.AGREEMENT_SIGNED, by, today, now));
        }
        records.persist(agreement);
        PlacementStatus status = status(me, by, today, now);
        records.persist(status.agreementSigned(agreement, by, today, now));
        // An agreement recorded after its end (the student catches up) puts them back to seeking at once.
        status(me, by, today, now);
        return agreement;
    }

    /** A check-in on the current agreement, at most once a week during probation. */
    @Transactional
    public CheckIn checkIn(SearchPlacement placed, LaunchContext launch, CheckInAnswer wellbeing, CheckInAnswer learning,
                           CheckInAnswer support, String noteToMentor) {
        requireOwn(placed, launch);
        StudentRef me = me(launch);
        LocalDate today = today();
        PlacementStatus status = status(me, launch.actor().subject(), today, Instant.now());
        Agreement agreement = status.getState() != PlacementState.AGREEMENT_SIGNED ? null
                : records.agreement(me, status.getAgreementId()).orElse(null);
        if (agreement == null) {
            throw new ApprenticeshipRefused("CHECK_IN_CLOSED");
        }
        if (records.weeksAnswered(agreement.getId()).contains(CheckIn.weekOf(today))) {
            throw new ApprenticeshipRefused("CHECK_IN_ALREADY_THIS_WEEK");
        }
        CheckIn checkIn = new CheckIn(agreement, wellbeing, learning, support, noteToMentor, today, Instant.now());
        records.persist(checkIn);
        return checkIn;
    }

    /** The course's department and GF2's end (the course's staff only). */
    @Transactional
    public CourseTerm setTerm(SearchPlacement placed, LaunchContext launch, String department, LocalDate gf2EndsOn) {
        if (!access.mayTeach(launch, placed.course())) {
            throw new ApprenticeshipRefused("SEARCH_NOT_STAFF");
        }
        Instant now = Instant.now();
        CourseTerm term = records.term(placed.course()).orElse(null);
        if (term == null) {
            term = new CourseTerm(placed.course().platform(), placed.course().courseId(), department, gf2EndsOn,
                    launch.actor().subject(), today(), now);
            records.persist(term);
        } else {
            term.set(department, gf2EndsOn, launch.actor().subject(), today(), now);
        }
        return term;
    }

    public Optional<CourseTerm> term(SearchPlacement placed) {
        return records.term(placed.course());
    }

    private void requireOwn(SearchPlacement placed, LaunchContext launch) {
        if (!access.mayChange(launch, me(launch), placed.course())) {
            throw new ApprenticeshipRefused("SEARCH_READ_ONLY");
        }
    }
}
