package dk.laerepladsklar.kernel.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.lti.api.Actor;
import dk.laerepladsklar.lti.api.LaunchKind;
import dk.laerepladsklar.lti.api.LtiContext;
import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.api.ResourceLink;
import dk.laerepladsklar.lti.api.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A student's reminders gathered from every capability: overdue first, bounded, one failing source leaves the rest. */
class RemindersTest {

    private static final PlatformId SCHOOL = new PlatformId(UUID.randomUUID());
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

    @Test
    void theOverdueComeFirstThenByTheDayTheyAreDue() {
        ReminderSource applications = student -> List.of(
                new Reminder("Følg op på ansøgningen til Tømrer Hansen", "/apprenticeship/search.xhtml?application=1", TODAY.plusDays(2)),
                new Reminder("Følg op på ansøgningen til Byg & Co", "/apprenticeship/search.xhtml?application=2", TODAY.minusDays(3)));
        ReminderSource registration = student -> List.of(
                new Reminder("Tilmeld dig som søgende på lærepladsen.dk", "/apprenticeship/search.xhtml", TODAY));
        List<Reminder> shown = Reminders.collect(List.of(applications, registration), student("ali"));
        assertEquals(List.of("Følg op på ansøgningen til Byg & Co", "Tilmeld dig som søgende på lærepladsen.dk",
                "Følg op på ansøgningen til Tømrer Hansen"), shown.stream().map(Reminder::text).toList());
        assertTrue(shown.get(0).isOverdue(TODAY));
        assertFalse(shown.get(1).isOverdue(TODAY), "due today is not overdue");
    }

    @Test
    void aFailingSourceIsLeftOutAndTheListIsShort() {
        ReminderSource failing = student -> {
            throw new IllegalStateException("database gone");
        };
        ReminderSource many = student -> IntStream.range(0, 20)
                .mapToObj(i -> new Reminder("Ting " + i, "/x.xhtml", TODAY.plusDays(i))).toList();
        ReminderSource nulls = student -> {
            List<Reminder> withNull = new ArrayList<>();
            withNull.add(null);
            return withNull;
        };
        ReminderSource none = student -> null;
        List<Reminder> shown = Reminders.collect(List.of(failing, many, nulls, none), student("ali"));
        assertEquals(Reminders.MAX_SHOWN, shown.size());
        assertEquals("Ting 0", shown.get(0).text());
        assertEquals(List.of(), Reminders.collect(List.of(), student("ali")), "nothing due: nothing shown");
    }

    @Test
    void onlyAStudentGetsReminders() {
        Reminders reminders = new Reminders();
        assertEquals(List.of(), reminders.dueFor(launch("t", Role.INSTRUCTOR)), "asks no source for a teacher");
        assertEquals(List.of(), reminders.dueFor(launch("m", Role.OBSERVER)));
    }

    @Test
    void aReminderSaysSomethingAndLinksOnlyToThisTool() {
        assertThrows(IllegalArgumentException.class, () -> new Reminder(" ", "/x.xhtml", TODAY));
        assertThrows(IllegalArgumentException.class, () -> new Reminder("x".repeat(Reminder.MAX_TEXT + 1), "/x.xhtml", TODAY));
        assertThrows(IllegalArgumentException.class, () -> new Reminder("Ring\u0000", "/x.xhtml", TODAY));
        assertThrows(NullPointerException.class, () -> new Reminder("Ring", "/x.xhtml", null));
        for (String href : new String[] {null, "", "https://evil.example/", "//evil.example/x", "javascript:alert(1)",
                "x.xhtml", "/\\evil.example", "/a b", "/" + "x".repeat(Reminder.MAX_HREF)}) {
            assertThrows(IllegalArgumentException.class, () -> new Reminder("Ring", href, TODAY), String.valueOf(href));
        }
        assertEquals("Ring til mester", new Reminder("  Ring til mester ", "/week/today.xhtml?placement=1#x", TODAY).text());
    }

    private static LaunchContext student(String subject) {
        return launch(subject, Role.LEARNER);
    }

    private static LaunchContext launch(String subject, Role role) {
        return new LaunchContext("lc-" + subject, UUID.randomUUID(), LaunchKind.RESOURCE_LINK,
                new Actor(SCHOOL, subject, null, Set.of(role), Set.of()), new LtiContext(SCHOOL, "c", "c", null),
                new ResourceLink("7", null), Locale.ROOT, null, null, null);
    }
}
