package dk.laerepladsklar.roleplay.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.roleplay.control.ScenarioPackReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A master's feedback link's rules: only after the student's yes on a sent attempt, 14 days and then closed, revoked
 * by the student or teacher (and stays revoked), one short comment while open, views counted only while open.
 */
class MasterLinkTest {

    private static final Scenario CALL = ScenarioPackReader.fromClassPath(MasterLinkTest.class.getClassLoader()).read()
            .scenario("first-call", Locale.forLanguageTag("da")).orElseThrow();
    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");
    private static final String HASH = "a".repeat(64);
    private static final String TOLD = "Mesteren ser dit fornavn (Sara), dine svar og punkterne. Linket virker i 14 dage.";

    private final Attempt attempt = new Attempt(UUID.randomUUID(), new PlatformId(UUID.randomUUID()), "s1", "Sara Jensen",
            1, false, CALL.rubric().maxPoints(), T);

    @Test
    void theStudentsYesComesOnlyAfterSendingAndIsNeededForALink() throws AttemptRefused {
        refused(AttemptRefused.Reason.WRONG_STATE, () -> attempt.allowMasterFeedback(TOLD, T));
        send();
        refused(AttemptRefused.Reason.MASTER_CONSENT_MISSING, () -> MasterLink.open(attempt, HASH, "Tømrer Hansen", "t1", 0, T));
        refused(AttemptRefused.Reason.TEXT_EMPTY_OR_TOO_LONG, () -> attempt.allowMasterFeedback(" ", T));
        attempt.allowMasterFeedback(TOLD, T);
        assertTrue(attempt.hasMasterConsent());
        assertEquals(TOLD, attempt.getMasterConsentText());
        attempt.allowMasterFeedback("Another sentence", T.plusSeconds(60));
        assertEquals(T, attempt.getMasterConsentAt(), "the first yes holds");

        MasterLink link = MasterLink.open(attempt, HASH, "  Tømrer Hansen ApS  ", "t1", 0, T);
        assertEquals("Tømrer Hansen ApS", link.getMasterName());
        assertEquals(attempt.getId(), link.getAttemptId());
        assertEquals(T.plus(Duration.ofDays(14)), link.getExpiresAt());
        assertEquals(LinkState.OPEN, link.state(T));

        assertTrue(attempt.withdrawMasterFeedback(T.plusSeconds(120)));
        assertFalse(attempt.hasMasterConsent());
        assertNull(attempt.getMasterConsentText());
        assertEquals(T.plusSeconds(120), attempt.getMasterConsentWithdrawnAt());
        assertFalse(attempt.withdrawMasterFeedback(T.plusSeconds(180)), "nothing more to take back");
        refused(AttemptRefused.Reason.MASTER_CONSENT_MISSING, () -> MasterLink.open(attempt, HASH, null, "t1", 0, T));
    }

    @Test
    void aPreviewOrADraftGetsNoLinkAndTheNameIsChecked() throws AttemptRefused {
        Attempt preview = new Attempt(UUID.randomUUID(), new PlatformId(UUID.randomUUID()), "t1", "Hanne", 1, true, 12, T);
        refused(AttemptRefused.Reason.WRONG_STATE, () -> MasterLink.open(preview, HASH, null, "t1", 0, T));
        refused(AttemptRefused.Reason.WRONG_STATE, () -> MasterLink.open(attempt, HASH, null, "t1", 0, T));
        allowed();
        assertNull(MasterLink.open(attempt, HASH, "   ", "t1", 0, T).getMasterName(), "blank is no name");
        assertEquals(120, MasterLink.open(attempt, HASH, "x".repeat(120), "t1", 0, T).getMasterName().length());
        refused(AttemptRefused.Reason.MASTER_NAME_TOO_LONG, () -> MasterLink.open(attempt, HASH, "x".repeat(121), "t1", 0, T));
        refused(AttemptRefused.Reason.MASTER_NAME_TOO_LONG, () -> MasterLink.open(attempt, HASH, "Hansen\u0000", "t1", 0, T));
        refused(AttemptRefused.Reason.TOO_MANY_LINKS, () -> MasterLink.open(attempt, HASH, null, "t1", MasterLink.MAX_OPEN, T));
        assertThrows(IllegalArgumentException.class, () -> MasterLink.open(attempt, "not-a-hash", null, "t1", 0, T));
    }

    @Test
    void aLinkExpiresAfterFourteenDays() throws AttemptRefused {
        MasterLink link = link();
        Instant last = T.plus(Duration.ofDays(14)).minusMillis(1);
        assertEquals(LinkState.OPEN, link.state(last));
        assertEquals(LinkState.EXPIRED, link.state(T.plus(Duration.ofDays(14))));
        refused(AttemptRefused.Reason.LINK_CLOSED, () -> link.viewed(T.plus(Duration.ofDays(15))));
        refused(AttemptRefused.Reason.LINK_CLOSED, () -> link.comment("Godt", T.plus(Duration.ofDays(15))));
        assertEquals(0, link.getViewCount());
    }

    @Test
    void aRevokedLinkStaysRevokedAndSaysByWhom() throws AttemptRefused {
        MasterLink link = link();
        link.viewed(T.plusSeconds(1));
        assertTrue(link.revoke(MasterLink.ClosedBy.STUDENT, T.plusSeconds(2)));
        assertFalse(link.revoke(MasterLink.ClosedBy.TEACHER, T.plusSeconds(3)), "closed once");
        assertEquals(MasterLink.ClosedBy.STUDENT, link.getRevokedBy());
        assertEquals(LinkState.REVOKED, link.state(T.plusSeconds(3)));
        assertEquals(LinkState.REVOKED, link.state(T.plus(Duration.ofDays(30))), "revoked, not merely expired");
        refused(AttemptRefused.Reason.LINK_CLOSED, () -> link.viewed(T.plusSeconds(4)));
        refused(AttemptRefused.Reason.LINK_CLOSED, () -> link.comment("Godt", T.plusSeconds(4)));
        assertEquals(1, link.getViewCount());
        assertEquals(T.plusSeconds(1), link.getLastViewAt());
    }

    @Test
    void theCommentIsShortAndALaterOneReplacesIt() throws AttemptRefused {
        MasterLink link = link();
        refused(AttemptRefused.Reason.COMMENT_EMPTY_OR_TOO_LONG, () -> link.comment(null, T));
        refused(AttemptRefused.Reason.COMMENT_EMPTY_OR_TOO_LONG, () -> link.comment(" \r\n ", T));
        refused(AttemptRefused.Reason.COMMENT_EMPTY_OR_TOO_LONG, () -> link.comment("a".repeat(MasterLink.MAX_COMMENT + 1), T));
        refused(AttemptRefused.Reason.COMMENT_EMPTY_OR_TOO_LONG, () -> link.comment("bell\u0007", T));
        // a browser sends a textarea's line breaks as CRLF: they count as one character, as the page's maxlength does
        String lines = ("a".repeat(9) + "\r\n").repeat(90) + "b".repeat(99);
        link.comment(lines, T);
        assertEquals(999, link.getComment().length());
        link.comment("  Flot første opkald.\tRing igen på mandag.  ", T.plusSeconds(5));
        assertEquals("Flot første opkald.\tRing igen på mandag.", link.getComment());
        assertEquals(T.plusSeconds(5), link.getCommentedAt());
    }

    private MasterLink link() throws AttemptRefused {
        allowed();
        return MasterLink.open(attempt, HASH, "Tømrer Hansen", "t1", 0, T);
    }

    private void allowed() throws AttemptRefused {
        send();
        attempt.allowMasterFeedback(TOLD, T);
    }

    private void send() throws AttemptRefused {
        attempt.consent("Din lærer og din mentor ser den.", "teacher,mentor", 90, T);
        attempt.answerWithText(CALL, "intro", "Hej", T);
        attempt.answerWithText(CALL, "why", "Fordi", T);
        attempt.answerWithText(CALL, "next", "Tak", T);
        attempt.selfAssess(CALL.rubric(), List.of(Mark.level("opening", 2), Mark.level("clear", 4), Mark.level("closing", 2)), T);
        attempt.send(CALL, T);
    }

    private static void refused(AttemptRefused.Reason reason, Executable step) {
        AttemptRefused refused = assertThrows(AttemptRefused.class, step);
        assertEquals(reason, refused.reason());
    }
}
