package dk.laerepladsklar.apprenticeship.boundary;

import dk.laerepladsklar.apprenticeship.control.SearchReminder;
import dk.laerepladsklar.apprenticeship.control.SearchReminders;
import dk.laerepladsklar.apprenticeship.control.SearchTexts;
import dk.laerepladsklar.apprenticeship.entity.Agreement;
import dk.laerepladsklar.apprenticeship.entity.PlacementStatus;
import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.activity.Placements;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.kernel.reminder.Reminder;
import dk.laerepladsklar.kernel.reminder.ReminderSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The search's reminders for the kernel's "Husk" (on "Mit forløb" and the week's "I dag"): follow-ups due, an agreement
 * ending within 60 days, the probation check-in, and registering as seeking when the 8-week deadline is near. Each
 * links to the search placed in the launch's course; where the course has none, there is nowhere to act, so none are
 * given. Only read: a student who never opened the search gets no status from being reminded.
 */
@ApplicationScoped
public class SearchReminderSource implements ReminderSource {

    @Inject
    Placements placements;
    @Inject
    SearchRecords records;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Reminder> dueFor(LaunchContext student) {
        if (!student.actor().isStudent() || student.course() == null) {
            return List.of();
        }
        Optional<Placement> search = placements.inContext(student.platform(), student.course().id()).stream()
                .filter(p -> !p.isProvisional() && ApprenticeshipSearchActivity.TYPE.equals(p.getActivity().type()))
                .findFirst();
        if (search.isEmpty()) {
            return List.of();
        }
        StudentRef me = Searches.me(student);
        LocalDate today = Searches.today();
        PlacementStatus status = records.status(me).orElse(null);
        Agreement agreement = status == null || status.getAgreementId() == null ? null
                : records.agreement(me, status.getAgreementId()).orElse(null);
        List<LocalDate> weeks = agreement == null ? List.of() : records.weeksAnswered(agreement.getId());
        List<SearchReminder> due = SearchReminders.dueFor(records.applications(me), status, agreement, weeks,
                SearchReminders.Deadline.nearest(records.deadlines(me), today), today);
        String page = ApprenticeshipSearchActivity.SEARCH_PAGE + "?" + ApprenticeshipSearchActivity.PLACEMENT_PARAMETER
                + "=" + search.get().getId();
        return due.stream().map(r -> new Reminder(cap(SearchTexts.reminder(r, today, student.locale())),
                page + SearchTexts.anchor(r), r.due())).toList();
    }

    /** A company's name may make a follow-up's sentence longer than a reminder may be. */
    private static String cap(String text) {
        return text.length() <= Reminder.MAX_TEXT ? text : text.substring(0, Reminder.MAX_TEXT - 1) + "…";
    }
}
