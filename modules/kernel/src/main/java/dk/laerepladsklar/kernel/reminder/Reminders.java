package dk.laerepladsklar.kernel.reminder;

import dk.laerepladsklar.kernel.launch.LaunchContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * A student's reminders from every capability ({@link ReminderSource}), overdue first, then by the day they are due,
 * at most {@value #MAX_SHOWN}. A source that fails is left out (logged), so one capability's trouble never hides the
 * student's page or the others' reminders. Students only: staff, mentors and others get none.
 */
@ApplicationScoped
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class);
    /** A short list: more is no reminder but a to-do list, which the capabilities' own pages are. */
    public static final int MAX_SHOWN = 8;
    static final Comparator<Reminder> ORDER = Comparator.comparing(Reminder::due).thenComparing(Reminder::text);

    @Inject
    Instance<ReminderSource> sources;

    public List<Reminder> dueFor(LaunchContext student) {
        if (!student.actor().isStudent()) {
            return List.of();
        }
        return collect(sources, student);
    }

    /** Every source's reminders, the earliest due (so the overdue) first, at most {@value #MAX_SHOWN}. */
    static List<Reminder> collect(Iterable<? extends ReminderSource> from, LaunchContext student) {
        List<Reminder> all = new ArrayList<>();
        for (ReminderSource source : from) {
            try {
                List<Reminder> found = source.dueFor(student);
                if (found != null) {
                    found.stream().filter(r -> r != null).forEach(all::add);
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "REMINDER_SOURCE_FAILED: %s", source.getClass().getName());
            }
        }
        return all.stream().sorted(ORDER).distinct().limit(MAX_SHOWN).toList();
    }
}
