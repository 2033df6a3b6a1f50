/**
 * Reminders for a student ("Husk"): the {@link dk.laerepladsklar.kernel.reminder.ReminderSource} port each capability
 * implements, and {@link dk.laerepladsklar.kernel.reminder.Reminders}, which gathers them for the pages that show them.
 */
package dk.laerepladsklar.kernel.reminder;
