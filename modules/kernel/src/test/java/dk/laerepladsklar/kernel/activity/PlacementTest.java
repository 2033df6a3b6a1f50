package dk.laerepladsklar.kernel.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.lti.api.GradebookAccess;
import dk.laerepladsklar.lti.api.PlatformId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A placement made by Deep Linking is provisional until the first launch of its link binds it; a part of a whole
 * never is.
 */
class PlacementTest {

    private static final String LINEITEMS = "https://lms/mod/lti/services.php/2/lineitems";
    private static final String LINEITEM = LINEITEMS + "/12/lineitem";

    private static Placement placement() {
        return new Placement(new PlatformId(UUID.randomUUID()), "course-1", new ActivityRef("teaching-module", "networking"),
                "Netværk", 100);
    }

    @Test
    void aLaunchWithTheScoreScopeAllowsScoresAndOneWithoutForbidsThem() {
        Placement placement = placement();
        placement.useGradebook(new GradebookAccess(LINEITEMS, LINEITEM, true, true));
        assertTrue(placement.isScoresAllowed());
        assertEquals(LINEITEM, placement.getLineItemUrl());
        assertEquals(LINEITEMS, placement.getLineItemsUrl());
        assertTrue(placement.holds(new GradebookAccess(LINEITEMS, LINEITEM, true, true)));

        GradebookAccess noScores = new GradebookAccess(LINEITEMS, LINEITEM, true, false);
        assertFalse(placement.holds(noScores), "a launch that withdraws the score scope must be written");
        placement.useGradebook(noScores);
        assertFalse(placement.isScoresAllowed());

        placement.useGradebook(new GradebookAccess(LINEITEMS, LINEITEM, true, true));
        placement.useGradebook(null);
        assertFalse(placement.isScoresAllowed(), "no AGS claim at all: no score can be posted");
        assertEquals(LINEITEM, placement.getLineItemUrl(), "the column it had is still its column");
        assertTrue(placement.holds(null));
    }

    @Test
    void gradeSyncOnlyForgetsTheContainerSoALinkWithoutAColumnHasNowhereToGo() {
        Placement placement = placement();
        placement.useGradebook(new GradebookAccess(LINEITEMS, null, true, true));
        assertEquals(LINEITEMS, placement.getLineItemsUrl());

        placement.useGradebook(new GradebookAccess(LINEITEMS, null, false, true));
        assertNull(placement.getLineItemsUrl(), "without the line item scope the tool may not make a column");
        assertNull(placement.getLineItemUrl());
        assertTrue(placement.isScoresAllowed());
    }

    @Test
    void growingPointsAreOffUntilATeacherTurnsThemOn() {
        Placement placement = placement();
        assertFalse(placement.isGrowingPointsGraded());
        placement.gradeGrowingPoints(true);
        assertTrue(placement.isGrowingPointsGraded());
    }

    @Test
    void provisionalUntilTheFirstLaunchBindsItsLinkThenBoundForGood() {
        Placement placement = placement();
        assertTrue(placement.isProvisional());

        placement.bindTo("link-1");

        assertFalse(placement.isProvisional());
        placement.bindTo("link-1");
        assertThrows(IllegalStateException.class, () -> placement.bindTo("link-2"));
        assertEquals("link-1", placement.getResourceLinkId());
    }

    @Test
    void aPartIsInItsWholesCourseHasNoLinkAndIsNeverProvisional() {
        Placement week = placement();
        Placement part = Placement.partOf(week, new ActivityRef("role-play", "first-call"), "Det første opkald", 10);

        assertTrue(part.isPart());
        assertEquals(java.util.Optional.of(week.getId()), part.getPartOf());
        assertEquals(week.getPlatform(), part.getPlatform());
        assertEquals(week.getContextId(), part.getContextId());
        assertNull(part.getResourceLinkId());
        assertFalse(part.isProvisional(), "a part waits for no launch: the cleanup must never take it");
        assertTrue(week.isProvisional(), "its whole still waits for its first launch");
        assertFalse(week.isPart());
        assertEquals(java.util.Optional.empty(), week.getPartOf());
        assertEquals(10, part.getScoreMaximum());
        assertEquals("Det første opkald", part.getTitle());
        assertNotEquals(week.getId(), part.getId());
    }

    @Test
    void aPartIsNeverBoundToALinkAndHoldsNoPartsOfItsOwn() {
        Placement week = placement();
        week.bindTo("link-week");
        Placement part = Placement.partOf(week, new ActivityRef("teaching-module", "networking"), null, 100);

        assertThrows(IllegalStateException.class, () -> part.bindTo("link-typed-by-hand"));
        assertNull(part.getResourceLinkId());
        assertThrows(IllegalArgumentException.class,
                () -> Placement.partOf(part, new ActivityRef("teaching-module", "cv"), "CV", 100));
        assertThrows(IllegalArgumentException.class,
                () -> Placement.partOf(week, new ActivityRef("teaching-module", "cv"), "CV", 0), "a part needs points too");
        assertEquals("teaching-module:networking", part.getTitle(), "no title: the activity names it");
    }

    @Test
    void onlyAPartTakesAColumnOfItsOwnAndItIsOffUntilTheTeacherSaysSo() {
        Placement week = placement();
        Placement part = Placement.partOf(week, new ActivityRef("teaching-module", "networking"), "Netværk", 100);
        assertFalse(part.hasOwnColumn());

        part.giveOwnColumn(true);
        assertTrue(part.hasOwnColumn());
        part.giveOwnColumn(false);
        assertFalse(part.hasOwnColumn());

        assertThrows(IllegalStateException.class, () -> week.giveOwnColumn(true), "a whole's column is its link's");
        assertFalse(week.hasOwnColumn());
    }
}
