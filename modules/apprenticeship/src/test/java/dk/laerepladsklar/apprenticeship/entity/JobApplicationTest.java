package dk.laerepladsklar.apprenticeship.entity;

import static dk.laerepladsklar.apprenticeship.entity.Fixtures.NOW;
import static dk.laerepladsklar.apprenticeship.entity.Fixtures.OMAR;
import static dk.laerepladsklar.apprenticeship.entity.Fixtures.SARA;
import static dk.laerepladsklar.apprenticeship.entity.Fixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** An application guards what the student typed and keeps each move of its status. */
class JobApplicationTest {

    private static String refused(Executable change) {
        return assertThrows(ApprenticeshipRefused.class, change).reason();
    }

    private static ApplicationDetails with(String company, String cvr, LocalDate sent, LocalDate followUp, String notes) {
        return new ApplicationDetails(company, cvr, "Tømrer", ApplicationChannel.VISIT, sent, null, followUp, notes);
    }

    @Test
    void aLoggedApplicationIsTidiedAndBelongsToItsStudent() {
        JobApplication a = new JobApplication(SARA, "course-1",
                with("  Hansen Byg ApS ", "DK 24256790", TODAY.minusDays(2), TODAY.plusDays(5), " ring mandag "), TODAY, NOW);
        assertEquals("Hansen Byg ApS", a.getCompanyName());
        assertEquals("24256790", a.getCvr());
        assertEquals("ring mandag", a.getNotes());
        assertEquals(ApplicationStatus.SENT, a.getStatus());
        assertTrue(a.belongsTo(SARA));
        assertFalse(a.belongsTo(OMAR));
        ApplicationStep first = a.logged("sara", NOW);
        assertNull(first.getFromStatus());
        assertEquals(ApplicationStatus.SENT, first.getToStatus());
        assertEquals(TODAY.minusDays(2), first.getChangedOn(), "the first step is dated when it was sent");
    }

    @Test
    void badInputIsRefusedWithAReason() {
        assertEquals("COMPANY_MISSING", refused(() -> new JobApplication(SARA, "c", with(" ", null, TODAY, null, null), TODAY, NOW)));
        assertEquals("COMPANY_TOO_LONG", refused(() -> new JobApplication(SARA, "c",
                with("x".repeat(10_000), null, TODAY, null, null), TODAY, NOW)));
        assertEquals("NOTES_TOO_LONG", refused(() -> new JobApplication(SARA, "c",
                with("Hansen", null, TODAY, null, "n".repeat(10_000)), TODAY, NOW)));
        assertEquals("CVR_INVALID", refused(() -> new JobApplication(SARA, "c",
                with("Hansen", "12345678", TODAY, null, null), TODAY, NOW)));
        assertEquals("FOLLOW_UP_BEFORE_SENT", refused(() -> new JobApplication(SARA, "c",
                with("Hansen", null, TODAY.minusDays(3), TODAY.minusDays(4), null), TODAY, NOW)));
        assertEquals("SENT_IN_FUTURE", refused(() -> new JobApplication(SARA, "c",
                with("Hansen", null, TODAY.plusDays(1), null, null), TODAY, NOW)));
        assertEquals("SENT_TOO_OLD", refused(() -> new JobApplication(SARA, "c",
                with("Hansen", null, TODAY.minusYears(2), null, null), TODAY, NOW)));
        assertEquals("SENT_MISSING", refused(() -> new JobApplication(SARA, "c", with("Hansen", null, null, null, null), TODAY, NOW)));
        assertEquals("NOTES_INVALID", refused(() -> new JobApplication(SARA, "c",
                with("Hansen", null, TODAY, null, "a\u0000b"), TODAY, NOW)));
        assertEquals("CHANNEL_MISSING", refused(() -> new JobApplication(SARA, "c", new ApplicationDetails("Hansen", null,
                null, null, TODAY, null, null, null), TODAY, NOW)));
    }

    @Test
    void aMoveIsKeptAsAStepAndClosingEndsTheFollowUp() {
        JobApplication a = Fixtures.application("Hansen");
        assertTrue(a.followUpDue(TODAY.plusDays(7)));
        assertFalse(a.followUpDue(TODAY.plusDays(6)));
        ApplicationStep step = a.moveTo(ApplicationStatus.INTERVIEW_CALLED, "sara", TODAY.plusDays(1), NOW);
        assertEquals(ApplicationStatus.SENT, step.getFromStatus());
        assertEquals(ApplicationStatus.INTERVIEW_CALLED, step.getToStatus());
        assertEquals(TODAY.plusDays(1), a.getFollowUpOn().minusDays(6), "the follow-up stays while it is open");
        a.moveTo(ApplicationStatus.REJECTED, "sara", TODAY.plusDays(2), NOW);
        assertNull(a.getFollowUpOn());
        assertFalse(a.followUpDue(TODAY.plusDays(30)));
        assertEquals("STATUS_MOVE_NOT_ALLOWED",
                refused(() -> a.moveTo(ApplicationStatus.OFFER, "sara", TODAY.plusDays(3), NOW)));
        assertEquals(ApplicationStatus.REJECTED, a.getStatus(), "nothing changed by the refused move");
    }

    @Test
    void anEditKeepsTheStatusAndChecksTheDatesAgain() {
        JobApplication a = Fixtures.application("Hansen");
        a.moveTo(ApplicationStatus.INTERVIEW_CALLED, "sara", TODAY, NOW);
        a.edit(new ApplicationDetails("Hansen & Søn", null, "Tømrer", ApplicationChannel.PHONE, TODAY, ApplicationStatus.SENT,
                TODAY.plusDays(2), null), TODAY, NOW);
        assertEquals(ApplicationStatus.INTERVIEW_CALLED, a.getStatus(), "an edit does not move the status");
        assertEquals("Hansen & Søn", a.getCompanyName());
        assertEquals("FOLLOW_UP_BEFORE_SENT", refused(() -> a.edit(new ApplicationDetails("Hansen", null, null,
                ApplicationChannel.PHONE, TODAY, null, TODAY.minusDays(1), null), TODAY, NOW)));
        assertEquals("Hansen & Søn", a.getCompanyName(), "a refused edit changes nothing");
    }
}
