package dk.laerepladsklar.kernel.handover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.lti.api.Actor;
import dk.laerepladsklar.lti.api.GradebookAccess;
import dk.laerepladsklar.lti.api.LaunchKind;
import dk.laerepladsklar.lti.api.LtiContext;
import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.api.ResourceLink;
import dk.laerepladsklar.lti.api.Role;
import dk.laerepladsklar.lti.api.store.MemoryStore;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HandoverCodesTest {

    private static final PlatformId SCHOOL = new PlatformId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    private static final LaunchContext SARA = new LaunchContext("lc-sara-000000000000000", UUID.randomUUID(),
            LaunchKind.RESOURCE_LINK, new Actor(SCHOOL, "sara", null, Set.of(Role.LEARNER), Set.of()),
            new LtiContext(SCHOOL, "course-1", "course-1", null), new ResourceLink("7", null), Locale.ENGLISH, null, null, null);

    private final HandoverCodes codes = new HandoverCodes();

    @Test
    void aCodeOpensOneWindowWithTheLaunchContextAndPageItWasIssuedFor() throws Exception {
        String code = codes.issue(SARA, "session-1", "/roleplay/record.xhtml?placement=p", NOW);

        HandoverCodes.Redemption first = codes.redeem(code, NOW.plusSeconds(5));
        assertTrue(first.accepted());
        assertEquals(SARA, first.context());
        assertEquals("/roleplay/record.xhtml?placement=p", first.returnPath());

        assertEquals(HandoverRefusal.HANDOVER_CODE_USED, codes.redeem(code, NOW.plusSeconds(6)).refusal());
    }

    @Test
    void aCodeIsUnguessableAndOnlyItsHashIsKept() throws Exception {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 9; i++) {
            String code = codes.issue(SARA, "session-" + i, "/a.xhtml", NOW);
            assertEquals(43, code.length(), "256 bits, URL-safe");
            assertTrue(seen.add(code));
        }
        assertEquals(9, codes.size());
    }

    @Test
    void aCodeExpiresAfterAMinute() throws Exception {
        String code = codes.issue(SARA, "session-1", "/a.xhtml", NOW);
        assertEquals(HandoverRefusal.HANDOVER_CODE_EXPIRED, codes.redeem(code, NOW.plus(HandoverCodes.VALID).plusMillis(1)).refusal());
        String fresh = codes.issue(SARA, "session-1", "/a.xhtml", NOW);
        assertTrue(codes.redeem(fresh, NOW.plus(HandoverCodes.VALID)).accepted(), "exactly at the minute still counts");
    }

    @Test
    void unknownMalformedAndMissingCodesAreToldApart() throws Exception {
        codes.issue(SARA, "session-1", "/a.xhtml", NOW);
        assertEquals(HandoverRefusal.HANDOVER_CODE_UNKNOWN, codes.redeem("A".repeat(43), NOW).refusal());
        assertEquals(HandoverRefusal.HANDOVER_CODE_MALFORMED, codes.redeem("A".repeat(42), NOW).refusal());
        assertEquals(HandoverRefusal.HANDOVER_CODE_MALFORMED, codes.redeem("A".repeat(42) + "/", NOW).refusal());
        assertEquals(HandoverRefusal.HANDOVER_CODE_MISSING, codes.redeem("", NOW).refusal());
        assertEquals(HandoverRefusal.HANDOVER_CODE_MISSING, codes.redeem(null, NOW).refusal());
    }

    @Test
    void whenTheFramesSessionEndsItsWaitingCodesOpenNothing() throws Exception {
        String mine = codes.issue(SARA, "session-1", "/a.xhtml", NOW);
        String other = codes.issue(SARA, "session-2", "/a.xhtml", NOW);
        codes.sessionEnded("session-1");
        assertEquals(HandoverRefusal.HANDOVER_SESSION_ENDED, codes.redeem(mine, NOW).refusal());
        assertTrue(codes.redeem(other, NOW).accepted());
    }

    @Test
    void aSessionMayHaveOnlyAFewCodesWaiting() throws Exception {
        for (int i = 0; i < HandoverCodes.PER_SESSION; i++) {
            codes.issue(SARA, "session-1", "/a.xhtml", NOW);
        }
        HandoverCodes.Refused refused = assertThrows(HandoverCodes.Refused.class,
                () -> codes.issue(SARA, "session-1", "/a.xhtml", NOW));
        assertEquals(HandoverRefusal.HANDOVER_TOO_MANY, refused.reason());
        assertNotEquals(null, codes.issue(SARA, "session-2", "/a.xhtml", NOW), "another session is not held up");
        assertNotEquals(null, codes.issue(SARA, "session-1", "/a.xhtml", NOW.plus(HandoverCodes.VALID).plusSeconds(1)),
                "once the waiting ones expired");
    }

    @Test
    void aCodeMadeOnOneNodeIsRedeemedOnAnotherOnlyOnce() throws Exception {
        MemoryStore cluster = new MemoryStore();
        HandoverCodes node1 = new HandoverCodes(cluster);
        HandoverCodes node2 = new HandoverCodes(cluster);
        LaunchContext teacher = new LaunchContext("lc-teacher-0000000000000", UUID.randomUUID(), LaunchKind.RESOURCE_LINK,
                new Actor(SCHOOL, "hanne", "Hanne Holm", Set.of(Role.INSTRUCTOR, Role.MENTOR), Set.of("sara", "ali")),
                new LtiContext(SCHOOL, "course-1", "Tømrer: GF2 ~1", "GF2"), new ResourceLink("7", "Jobsamtale"),
                Locale.forLanguageTag("da-DK"), new GradebookAccess("https://lms/items", null, true, false),
                "https://lms/roster", UUID.randomUUID());
        String code = node1.issue(teacher, "session-1", "/a.xhtml?x=1:2", NOW);

        HandoverCodes.Redemption there = node2.redeem(code, NOW.plusSeconds(1));
        assertTrue(there.accepted());
        assertEquals(teacher, there.context(), "every field of the launch context comes back");
        assertEquals("/a.xhtml?x=1:2", there.returnPath());
        assertEquals(HandoverRefusal.HANDOVER_CODE_USED, node1.redeem(code, NOW.plusSeconds(2)).refusal());
    }

    @Test
    void aSessionEndedOnOneNodeEndsItsCodesOnEvery() throws Exception {
        MemoryStore cluster = new MemoryStore();
        HandoverCodes node1 = new HandoverCodes(cluster);
        HandoverCodes node2 = new HandoverCodes(cluster);
        String code = node1.issue(SARA, "session-1", "/a.xhtml", NOW);
        node2.sessionEnded("session-1");
        assertEquals(HandoverRefusal.HANDOVER_SESSION_ENDED, node1.redeem(code, NOW).refusal());
    }

    @Test
    void oldCodesAreForgottenSoTheMapStaysSmall() throws Exception {
        codes.issue(SARA, "session-1", "/a.xhtml", NOW);
        codes.issue(SARA, "session-2", "/a.xhtml", NOW.plus(HandoverCodes.VALID).plus(HandoverCodes.REMEMBERED).plusSeconds(2));
        assertEquals(1, codes.size());
    }
}
