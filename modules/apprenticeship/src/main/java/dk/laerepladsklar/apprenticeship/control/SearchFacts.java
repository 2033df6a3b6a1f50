package dk.laerepladsklar.apprenticeship.control;

import dk.laerepladsklar.apprenticeship.entity.Agreement;
import dk.laerepladsklar.apprenticeship.entity.ApplicationStep;
import dk.laerepladsklar.apprenticeship.entity.CheckIn;
import dk.laerepladsklar.apprenticeship.entity.CheckInAnswer;
import dk.laerepladsklar.apprenticeship.entity.CourseTerm;
import dk.laerepladsklar.apprenticeship.entity.JobApplication;
import dk.laerepladsklar.apprenticeship.entity.PlacementState;
import dk.laerepladsklar.apprenticeship.entity.PlacementStatus;
import dk.laerepladsklar.apprenticeship.entity.StatusChange;
import dk.laerepladsklar.apprenticeship.entity.StatusChangeCause;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything one student's search holds, as read for a caseload, and the one line a caseload shows of it.
 *
 * @param status null while the student has not opened the search
 */
public record SearchFacts(List<JobApplication> applications, List<ApplicationStep> steps, PlacementStatus status,
                          List<Agreement> agreements, List<CheckIn> checkIns, List<StatusChange> history) {

    public static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Copenhagen");

    public SearchFacts {
        applications = List.copyOf(applications);
        steps = List.copyOf(steps);
        agreements = List.copyOf(agreements);
        checkIns = List.copyOf(checkIns);
        history = List.copyOf(history);
    }

    public static SearchFacts none() {
        return new SearchFacts(List.of(), List.of(), null, List.of(), List.of(), List.of());
    }

    /** The agreement the status points at, while an agreement is signed. */
    public Optional<Agreement> currentAgreement() {
        if (status == null || status.getState() != PlacementState.AGREEMENT_SIGNED) {
            return Optional.empty();
        }
        return agreements.stream().filter(a -> a.getId().equals(status.getAgreementId())).findFirst();
    }

    /** Days from today to a day: negative when it has passed. */
    public static long daysUntil(LocalDate day, LocalDate today) {
        return ChronoUnit.DAYS.between(today, day);
    }

    /** The caseload's line of this student, listed under a course (its title unknown) with its term (or none). */
    public CaseloadLine line(String subject, String name, String courseId, CourseTerm term, LocalDate today) {
        return line(subject, name, courseId, null, term, today);
    }

    /** The caseload's line of this student, listed under a course with its title (or null) and its term (or none). */
    public CaseloadLine line(String subject, String name, String courseId, String courseTitle, CourseTerm term,
                             LocalDate today) {
        ApplicationCounts counts = ApplicationCounts.of(applications, steps);
        LocalDate lastSent = applications.stream().map(JobApplication::getSentOn).max(Comparator.naturalOrder()).orElse(null);
        Optional<Agreement> agreement = currentAgreement();
        List<CheckIn> onAgreement = agreement.map(a -> checkIns.stream().filter(c -> c.getAgreementId().equals(a.getId()))
                .sorted(Comparator.comparing(CheckIn::getAnsweredAt)).toList()).orElse(List.of());
        CheckIn lastCheckIn = onAgreement.isEmpty() ? null : onAgreement.get(onAgreement.size() - 1);
        LocalDate deadline = term == null ? null : term.seekingDeadline();
        LocalDate ends = agreement.map(Agreement::getEndsOn).orElse(null);
        return new CaseloadLine(subject, name, courseId, courseTitle, term == null ? null : term.getDepartmentName(),
                status == null ? null : status.getState(), status == null ? null : status.getSince(),
                status == null ? null : status.getRegisteredOn(), counts.sent(), lastSent, lastActivity(),
                counts.interviews(), counts.offers(), deadline,
                deadline == null ? null : (int) daysUntil(deadline, today),
                agreement.map(Agreement::getType).orElse(null), agreement.map(Agreement::getCompanyName).orElse(null),
                ends, ends == null ? null : (int) daysUntil(ends, today),
                agreement.map(Agreement::getProbationEndsOn).orElse(null), onAgreement.size(),
                lastCheckIn == null ? null : day(lastCheckIn.getAnsweredAt()),
                lastCheckIn != null && Stream.of(lastCheckIn.getWellbeing(), lastCheckIn.getLearning(),
                        lastCheckIn.getSupport()).anyMatch(x -> x == CheckInAnswer.HARD));
    }

    /**
     * The day of the student's last own change: an application logged or changed, a status they changed (not the
     * tool's own move when an agreement ended), a check-in.
     */
    LocalDate lastActivity() {
        Stream<Instant> times = Stream.of(
                applications.stream().map(JobApplication::getUpdatedAt),
                history.stream().filter(c -> c.getCause() == StatusChangeCause.STUDENT).map(StatusChange::getChangedAt),
                checkIns.stream().map(CheckIn::getAnsweredAt)).flatMap(s -> s);
        return times.filter(Objects::nonNull).max(Comparator.naturalOrder()).map(SearchFacts::day).orElse(null);
    }

    static LocalDate day(Instant instant) {
        return instant.atZone(SCHOOL_ZONE).toLocalDate();
    }
}
