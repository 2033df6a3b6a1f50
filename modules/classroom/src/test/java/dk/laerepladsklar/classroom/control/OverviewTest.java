package dk.laerepladsklar.classroom.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.classroom.entity.ActivityProgress;
import dk.laerepladsklar.kernel.activity.ActivityOffer;
import dk.laerepladsklar.kernel.activity.ActivityOpened;
import dk.laerepladsklar.kernel.activity.ActivityRef;
import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.activity.ProgressRecorded;
import dk.laerepladsklar.kernel.activity.ProgressState;
import dk.laerepladsklar.kernel.activity.StudentState;
import dk.laerepladsklar.lti.api.AutoPost;
import dk.laerepladsklar.lti.api.DeepLinkingOptions;
import dk.laerepladsklar.lti.api.Member;
import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.api.Role;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The class overview: what a mentor sees of it, names the LMS withholds, and that view state can be passivated. */
class OverviewTest {

    private static final PlatformId MOODLE = new PlatformId(UUID.fromString("00000000-0000-0000-0000-00000000000b"));
    private static final Locale DANISH = Locale.forLanguageTag("da");

    private final Placement networking = new Placement(MOODLE, "C1", new ActivityRef("teaching-module", "networking"),
            "Brug dit netværk", 100);

    @Test
    void aMentorsOverviewHoldsExactlyTheirMentees() {
        Overview all = overview(List.of(learner("4", "Ali Hassan"), learner("5", "Sofie Jensen"), learner("6", "Emma Larsen")));

        Overview mentees = all.onlyStudents(Set.of("4", "6", "99")::contains);

        assertEquals(List.of("Ali Hassan", "Emma Larsen"), mentees.rows().stream().map(Overview.StudentRow::getDisplayName).toList());
        assertEquals(all.columns(), mentees.columns());
    }

    @Test
    void studentsWithoutANameGetAStableLabelAndThePageSaysWhy() {
        Overview overview = overview(List.of(learner("4", null), learner("a1b2-c3", " ")));

        assertTrue(overview.isNamesMissing());
        assertTrue(overview.rows().stream().anyMatch(r -> r.getDisplayName().equals("Elev 4")), overview.rows().toString());
        assertTrue(overview.rows().stream().allMatch(r -> r.getDisplayName().startsWith("Elev ")), overview.rows().toString());
        assertFalse(overview(List.of(learner("4", "Ali Hassan"))).isNamesMissing());
    }

    @Test
    void theViewStateOfTheClassPageAndTheContentPickerSurvivesSerialization() throws Exception {
        Overview overview = overview(List.of(learner("4", "Ali Hassan"), learner("5", null)));
        List<ActivityOffer> offers = List.of(new ActivityOffer(new ActivityRef("teaching-module", "networking"), "Brug dit netværk",
                "…", 45, 100, List.of("tømrer")));
        DeepLinkingOptions options = new DeepLinkingOptions(true, true, true, "Vælg");
        AutoPost response = new AutoPost("https://lms.example/deep-link-return", Map.of("JWT", "a.b.c"));

        assertEquals(overview, roundTrip(overview));
        assertEquals(offers, roundTrip((Serializable) offers));
        assertEquals(options, roundTrip(options));
        assertEquals(response, roundTrip(response));
    }

    @Test
    void aStudentWhoOpenedButDidNoStepIsOpenedNotNeverOpened() {
        UUID id = networking.getId();
        Instant now = Instant.now();
        List<ActivityProgress> ledger = List.of(
                new ActivityProgress(new ActivityOpened(id, "4", 100, now).asProgress()),
                new ActivityProgress(new ProgressRecorded(id, "5", ProgressState.IN_PROGRESS, 0.375, 20.0, 100, now)));

        Overview overview = OverviewAssembler.assemble(List.of(networking),
                List.of(learner("4", "Ali Hassan"), learner("5", "Sofie Jensen"), learner("6", "Emma Larsen")),
                now, null, ledger, Map.of(), DANISH);

        Map<String, Overview.StudentRow> rows = new java.util.HashMap<>();
        overview.rows().forEach(r -> rows.put(r.subject(), r));
        assertEquals(StudentState.OPENED, rows.get("4").cell(id).state());
        assertTrue(rows.get("4").isLaunched(), "an opened module counts as opened on the class page");
        assertEquals("Åbnet, ikke begyndt", rows.get("4").cell(id).state().label(DANISH));
        assertEquals(StudentState.STARTED, rows.get("5").cell(id).state());
        assertEquals(38, rows.get("5").cell(id).percent());
        assertEquals(StudentState.NOT_OPENED, rows.get("6").cell(id).state());
        assertFalse(rows.get("6").isLaunched());
    }

    private Overview overview(List<Member> roster) {
        return OverviewAssembler.assemble(List.of(networking), roster, Instant.now(), null, List.of(), Map.of(), DANISH);
    }

    private static Member learner(String subject, String name) {
        return new Member(subject, name, null, Set.of(Role.LEARNER), true);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Serializable> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
