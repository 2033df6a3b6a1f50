package dk.laerepladsklar.careerplan.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.kernel.media.MediaKind;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.lti.api.PlatformId;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The one-page profile's rules: what it may hold, when it may be published, and its shared links. */
class CareerProfileTest {

    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
    private static final String HASH = "a".repeat(64);

    private static CareerPlan plan() {
        CareerPlan plan = new CareerPlan(new StudentRef(new PlatformId(UUID.randomUUID()), "s-1"), "Søren Ås", NOW);
        plan.write(PlanSection.STRENGTHS, "Jeg er præcis.", NOW);
        plan.write(PlanSection.IMPROVE, "Jeg bliver nervøs, når jeg skal ringe til en mester.", NOW);
        plan.write(PlanSection.SUPPORT, "Jeg er ordblind og bruger oplæsning. SPS hjælper mig.", NOW);
        plan.seek("Tømrer", "Aarhus", NOW);
        return plan;
    }

    private static ProfileContent content(String strength, String example, String contact) {
        return new ProfileContent("Søren Ås", List.of(new ProfileContent.Strength(strength, example)), "Tømrer",
                "Aarhus og 40 km omkring", contact);
    }

    @Test
    void aDraftFromThePlanTakesOnlyTradeAreaAndName() {
        CareerPlan plan = plan();
        CareerProfile profile = CareerProfile.draftFrom(plan, NOW);
        assertEquals("Tømrer", profile.getTrade());
        assertEquals("Aarhus", profile.getArea());
        assertEquals("Søren Ås", profile.getShownName());
        assertTrue(profile.getStrengths().isEmpty());
        assertEquals("", profile.getContact());
        assertFalse(profile.isPublished());
    }

    @Test
    void theProfileHasNoPlaceForWeaknessesOrSupport() {
        Set<String> fields = Arrays.stream(CareerProfile.class.getDeclaredFields()).map(Field::getName)
                .map(String::toLowerCase).collect(Collectors.toSet());
        for (String never : List.of("support", "improve", "weakness", "weaknesses", "supportneeds")) {
            assertFalse(fields.contains(never), never + " in " + fields);
        }
        assertEquals(Set.of(PlanSection.IMPROVE, PlanSection.SUPPORT), CareerProfile.NEVER_IN_PROFILE);
    }

    @Test
    void wordsCopiedFromTheSensitiveSectionsAreRefused() {
        CareerPlan plan = plan();
        CareerProfile profile = CareerProfile.draftFrom(plan, NOW);
        PlanRefused support = assertThrows(PlanRefused.class, () -> profile.edit(content("Præcis",
                "Jeg er ordblind og bruger OPLÆSNING!", "22 33 44 55"), plan.snapshot(), NOW));
        assertEquals("PROFILE_SENSITIVE_TEXT", support.reason());
        PlanRefused weakness = assertThrows(PlanRefused.class, () -> profile.edit(content("Præcis",
                "Mit skab passede.", "Jeg bliver nervøs når jeg skal ringe til en mester"), plan.snapshot(), NOW));
        assertEquals("PROFILE_SENSITIVE_TEXT", weakness.reason());
        assertTrue(profile.getStrengths().isEmpty(), "nothing changed");
        profile.edit(content("Præcis", "Mit skab passede første gang.", "22 33 44 55\nsoren@example.dk"),
                plan.snapshot(), NOW);
        assertEquals("Præcis", profile.getStrengths().get(0).getStrength());
    }

    @Test
    void badInputIsRefusedWithAReasonAndNothingChanges() {
        CareerPlan plan = plan();
        CareerProfile profile = CareerProfile.draftFrom(plan, NOW);
        assertRefused("PROFILE_FIELD_TOO_LONG", () -> profile.edit(content("x".repeat(201), "e", "c"), null, NOW));
        assertRefused("PROFILE_FIELD_TOO_LONG", () -> profile.edit(content("s", "x".repeat(501), "c"), null, NOW));
        assertRefused("PROFILE_FIELD_TOO_LONG", () -> profile.edit(new ProfileContent("a\nb", List.of(), "", "", ""),
                null, NOW));
        assertRefused("PROFILE_FIELD_TOO_LONG", () -> profile.edit(new ProfileContent("", List.of(), "t".repeat(121),
                "", ""), null, NOW));
        assertRefused("PROFILE_CONTACT_TOO_LONG", () -> profile.edit(content("s", "e", "1\n2\n3\n4"), null, NOW));
        assertRefused("PROFILE_CONTACT_TOO_LONG", () -> profile.edit(content("s", "e", "c".repeat(301)), null, NOW));
        assertRefused("PROFILE_EXAMPLE_MISSING", () -> profile.edit(content("Præcis", " ", "c"), null, NOW));
        assertRefused("PROFILE_STRENGTH_MISSING", () -> profile.edit(content("", "Et eksempel", "c"), null, NOW));
        List<ProfileContent.Strength> four = List.of(new ProfileContent.Strength("a", "1"),
                new ProfileContent.Strength("b", "2"), new ProfileContent.Strength("c", "3"),
                new ProfileContent.Strength("d", "4"));
        assertRefused("PROFILE_TOO_MANY_STRENGTHS", () -> profile.edit(new ProfileContent("n", four, "t", "a", "c"),
                null, NOW));
        assertEquals("Tømrer", profile.getTrade(), "nothing changed");
    }

    @Test
    void publishingNeedsAStrengthATradeAndAContactAndCanBeWithdrawnAnyTime() {
        CareerPlan plan = plan();
        CareerProfile profile = CareerProfile.draftFrom(plan, NOW);
        assertRefused("PROFILE_NEEDS_A_STRENGTH", () -> profile.publish(NOW));
        profile.edit(new ProfileContent("S", List.of(new ProfileContent.Strength("Præcis", "Skabet")), "", "", ""),
                plan.snapshot(), NOW);
        assertRefused("PROFILE_NEEDS_TRADE", () -> profile.publish(NOW));
        profile.edit(content("Præcis", "Skabet", ""), plan.snapshot(), NOW);
        assertRefused("PROFILE_NEEDS_CONTACT", () -> profile.publish(NOW));
        profile.edit(content("Præcis", "Skabet", "22 33 44 55"), plan.snapshot(), NOW);
        profile.publish(NOW);
        assertTrue(profile.isPublished());
        assertTrue(profile.withdraw(NOW.plusSeconds(60)));
        assertFalse(profile.isPublished());
        assertFalse(profile.withdraw(NOW.plusSeconds(61)), "withdrawn once");
    }

    @Test
    void theWorkIsAPhotoOrAFilmAndANewOneReplacesTheOld() {
        CareerProfile profile = CareerProfile.draftFrom(plan(), NOW);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        assertEquals(Optional.empty(), profile.showWork(first, MediaKind.IMAGE, NOW));
        assertEquals(Optional.of(first), profile.showWork(second, MediaKind.VIDEO, NOW));
        assertRefused("PROFILE_WORK_NOT_PHOTO_OR_FILM", () -> profile.showWork(first, MediaKind.AUDIO, NOW));
        assertEquals(Optional.of(second), profile.removeWork(NOW));
        assertEquals(Optional.empty(), profile.removeWork(NOW));
    }

    @Test
    void aLinkNeedsAPublishedProfileLastsThirtyDaysByDefaultAndCountsViews() {
        CareerPlan plan = plan();
        CareerProfile profile = CareerProfile.draftFrom(plan, NOW);
        assertRefused("PROFILE_NOT_PUBLISHED", () -> ProfileLink.open(profile, HASH, 30, 0, NOW));
        profile.edit(content("Præcis", "Skabet", "22 33 44 55"), plan.snapshot(), NOW);
        profile.publish(NOW);
        assertRefused("PROFILE_LINK_DAYS_OUT_OF_RANGE", () -> ProfileLink.open(profile, HASH, 0, 0, NOW));
        assertRefused("PROFILE_LINK_DAYS_OUT_OF_RANGE", () -> ProfileLink.open(profile, HASH, 91, 0, NOW));
        assertRefused("PROFILE_TOO_MANY_LINKS", () -> ProfileLink.open(profile, HASH, 30, ProfileLink.MAX_OPEN, NOW));
        assertThrows(IllegalArgumentException.class, () -> ProfileLink.open(profile, "not-a-hash", 30, 0, NOW));
        ProfileLink link = ProfileLink.open(profile, HASH, (int) ProfileLink.LIFETIME.toDays(), 0, NOW);
        assertEquals(NOW.plus(Duration.ofDays(30)), link.getExpiresAt());
        link.viewed(NOW);
        link.viewed(NOW.plusSeconds(5));
        assertEquals(2, link.getViewCount());
        assertEquals(ProfileLink.State.EXPIRED, link.state(NOW.plus(Duration.ofDays(30))));
        assertThrows(IllegalStateException.class, () -> link.viewed(NOW.plus(Duration.ofDays(31))));
        assertTrue(link.revoke(ProfileLink.ClosedBy.STUDENT, NOW.plusSeconds(10)));
        assertFalse(link.revoke(ProfileLink.ClosedBy.WITHDRAWN, NOW.plusSeconds(11)));
        assertEquals(ProfileLink.State.REVOKED, link.state(NOW.plusSeconds(12)));
    }

    private static void assertRefused(String reason, org.junit.jupiter.api.function.Executable change) {
        assertEquals(reason, assertThrows(PlanRefused.class, change).reason());
    }
}
