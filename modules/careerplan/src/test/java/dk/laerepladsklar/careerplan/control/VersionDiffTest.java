package dk.laerepladsklar.careerplan.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.careerplan.control.VersionDiff.Kind;
import dk.laerepladsklar.careerplan.control.VersionDiff.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionDiffTest {

    @Test
    void aWordAddedInTheMiddleIsTheOnlyAddition() {
        List<Segment> diff = VersionDiff.between("Jeg er god til at måle op.", "Jeg er rigtig god til at måle op.");
        assertEquals(List.of(
                new Segment(Kind.SAME, "Jeg er "),
                new Segment(Kind.ADDED, "rigtig "),
                new Segment(Kind.SAME, "god til at måle op.")), diff);
    }

    @Test
    void aReplacedWordIsRemovedThenAdded() {
        List<Segment> diff = VersionDiff.between("Ring til tre mestre", "Ring til fem mestre");
        assertEquals(List.of(
                new Segment(Kind.SAME, "Ring til "),
                new Segment(Kind.REMOVED, "tre"),
                new Segment(Kind.ADDED, "fem"),
                new Segment(Kind.SAME, " mestre")), diff);
        assertTrue(VersionDiff.changed(diff));
    }

    @Test
    void theSameTextIsOneUnchangedRunAndLineBreaksSurvive() {
        List<Segment> diff = VersionDiff.between("Linje et\nLinje to", "Linje et\nLinje to");
        assertEquals(List.of(new Segment(Kind.SAME, "Linje et\nLinje to")), diff);
        assertFalse(VersionDiff.changed(diff));
    }

    @Test
    void fromNothingEverythingIsAddedAndToNothingEverythingIsRemoved() {
        assertEquals(List.of(new Segment(Kind.ADDED, "Ny tekst")), VersionDiff.between(null, "Ny tekst"));
        assertEquals(List.of(new Segment(Kind.REMOVED, "Gammel tekst")), VersionDiff.between("Gammel tekst", ""));
        assertEquals(List.of(), VersionDiff.between("", ""));
    }

    @Test
    void aHostileSizeIsShownAsReplacedWholeWithoutTheQuadraticTable() {
        String big = "ord ".repeat(VersionDiff.MAX_TOKENS);
        List<Segment> diff = VersionDiff.between(big, big + "mere");
        assertEquals(Kind.REMOVED, diff.get(0).kind());
        assertEquals(Kind.ADDED, diff.get(1).kind());
        assertEquals(big + "mere", diff.get(1).text());
    }
}
