package dk.laerepladsklar.kernel.reminder;

import dk.laerepladsklar.kernel.launch.LaunchContext;
import java.util.List;

/**
 * What a capability contributes to a student's reminders ("Husk" on "Mit forløb" and "I dag"): each contributes one
 * {@code @ApplicationScoped} bean, found by the kernel with {@code Instance<ReminderSource>} ({@link Reminders}), so the
 * pages that show reminders know no capability.
 */
public interface ReminderSource {

    /**
     * The student's reminders that are due now or overdue (or soon, as the capability sees fit), in the launch's
     * language. Only the launch's own student's: a source answers nothing for staff, mentors or anyone else. Called
     * on every page that shows reminders, so it should be a quick read.
     */
    List<Reminder> dueFor(LaunchContext student);
}
