package dk.laerepladsklar.kernel.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.lti.api.GradebookAccess;
import dk.laerepladsklar.lti.api.Launch;
import dk.laerepladsklar.lti.api.LaunchKind;
import dk.laerepladsklar.lti.api.LtiContext;
import dk.laerepladsklar.lti.api.LtiUser;
import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.api.ResourceLink;
import dk.laerepladsklar.lti.api.Role;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LaunchContextsTest {

    private static final PlatformId MOODLE = new PlatformId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));

    private final LaunchContexts contexts = new LaunchContexts();

    @Test
    void twoLaunchesLiveSideBySideEachWithItsOwnCourse() {
        LaunchContext a = contexts.open(teacherIn("course-A"), null);
        LaunchContext b = contexts.open(teacherIn("course-B"), null);

        assertNotEquals(a.id(), b.id());
        assertEquals("course-A", contexts.find(a.id()).orElseThrow().course().id());
        assertEquals("course-B", contexts.find(b.id()).orElseThrow().course().id());
    }

    @Test
    void boundedTheOldestIsDropped() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < LaunchContexts.LIMIT + 3; i++) {
            ids.add(contexts.open(teacherIn("course-" + i), null).id());
        }

        assertEquals(LaunchContexts.LIMIT, contexts.size());
        for (int i = 0; i < 3; i++) {
            assertTrue(contexts.find(ids.get(i)).isEmpty(), "launch " + i + " should have been dropped");
        }
        for (int i = 3; i < ids.size(); i++) {
            assertEquals("course-" + i, contexts.find(ids.get(i)).orElseThrow().course().id());
        }
    }

    @Test
    void anotherSessionsIdOrAnyMadeUpValueFindsNothing() {
        LaunchContexts otherSession = new LaunchContexts();
        String foreign = otherSession.open(teacherIn("course-A"), null).id();
        contexts.open(teacherIn("course-A"), null);

        assertTrue(contexts.find(foreign).isEmpty());
        assertTrue(contexts.find(null).isEmpty());
        assertTrue(contexts.find("").isEmpty());
        assertTrue(contexts.find("../../etc/passwd").isEmpty());
        assertFalse(LaunchContexts.isWellFormed("../../etc/passwd"));
        assertFalse(LaunchContexts.isWellFormed("a".repeat(23)));
        assertTrue(LaunchContexts.isWellFormed(foreign));
    }

    @Test
    void idsAreUnguessable() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = LaunchContexts.newId();
            assertTrue(LaunchContexts.isWellFormed(id), id);
            assertTrue(seen.add(id));
        }
    }

    @Test
    void aChosenPlacementStaysWithItsOwnLaunchOnly() {
        LaunchContext a = contexts.open(teacherIn("course-A"), null);
        LaunchContext b = contexts.open(teacherIn("course-B"), null);
        UUID placement = UUID.randomUUID();

        contexts.openPlacement(a.id(), placement);

        assertEquals(placement, contexts.find(a.id()).orElseThrow().placementId());
        assertEquals(null, contexts.find(b.id()).orElseThrow().placementId());
        assertTrue(contexts.openPlacement("unknown", placement).isEmpty());
    }

    @Test
    void theContextHoldsNoClaimsAndTheStoreSurvivesSerialization() throws Exception {
        Launch launch = new Launch(UUID.randomUUID(), LaunchKind.RESOURCE_LINK,
                new LtiUser(MOODLE, "9", "Bente Bak", null, null, "bente@example.dk"),
                new LtiContext(MOODLE, "course-A", "Tømrer", "T"), new ResourceLink("7", "Jobsøgning"),
                Set.of(Role.MENTOR), Locale.ENGLISH, "1", Map.of("secret-ish", "custom value"),
                new GradebookAccess("https://lms/lineitems", null, true, true), "https://lms/memberships", Set.of("5", "6"));
        LaunchContext opened = contexts.open(launch, null);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(contexts);
        }
        LaunchContexts restored;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            restored = (LaunchContexts) in.readObject();
        }

        LaunchContext back = restored.find(opened.id()).orElseThrow();
        assertEquals(opened, back);
        assertEquals(Set.of("5", "6"), back.actor().mentees());
        assertTrue(back.actor().isMentor());
        assertEquals(Locale.ENGLISH, back.locale());
        assertFalse(new String(bytes.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1).contains("custom value"),
                "custom parameters (claims) stay out of the session");
        assertTrue(bytes.size() < 4096, "a launch context is small: " + bytes.size() + " bytes");
    }

    private static Launch teacherIn(String course) {
        return new Launch(UUID.randomUUID(), LaunchKind.RESOURCE_LINK, new LtiUser(MOODLE, "2", null, null, null, null),
                new LtiContext(MOODLE, course, course, null), new ResourceLink("link-" + course, null),
                Set.of(Role.INSTRUCTOR), null, "1", Map.of(), null, null);
    }
}
