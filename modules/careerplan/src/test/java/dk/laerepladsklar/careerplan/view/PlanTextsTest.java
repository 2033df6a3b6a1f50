package dk.laerepladsklar.careerplan.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.careerplan.control.PlanComparison;
import dk.laerepladsklar.careerplan.entity.CommentAuthor;
import dk.laerepladsklar.careerplan.entity.PlanSnapshot;
import dk.laerepladsklar.careerplan.entity.PlanVersion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanTextsTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private final PlanTexts da = new PlanTexts(DANISH, TODAY);
    private final PlanTexts en = new PlanTexts(Locale.ENGLISH, TODAY);

    @Test
    void datesAreWrittenOutInTheReadersLanguageAndTheSchoolsTimeZone() {
        assertEquals("11. december 2026", da.day(LocalDate.of(2026, 12, 11)));
        assertEquals("December 11, 2026", en.day(LocalDate.of(2026, 12, 11)));
        // 09:15 UTC is 10.15 in Copenhagen in winter
        assertTrue(da.when(Instant.parse("2026-12-03T09:15:00Z")).contains("10.15"), da.when(Instant.parse("2026-12-03T09:15:00Z")));
        assertEquals("", da.when(null));
    }

    @Test
    void aCommentIsSignedWithNameAndRoleOrTheRoleAloneWithoutAName() {
        assertEquals("Hanne Holm, lærer", da.author("Hanne Holm", CommentAuthor.TEACHER));
        assertEquals("Bente Bak, mentor", da.author("Bente Bak", CommentAuthor.MENTOR));
        assertEquals("Praktikpladskonsulent", da.author(null, CommentAuthor.CONSULTANT));
        assertEquals("Apprenticeship consultant", en.author(" ", CommentAuthor.CONSULTANT));
    }

    @Test
    void verdictsPartsAndStepsHaveTheirWords() {
        assertEquals("Venter på feedback", da.verdict(null));
        assertEquals("Din lærer bad om ændringer", da.verdict(PlanVersion.Verdict.CHANGES_ASKED));
        assertEquals("Approved", en.verdict(PlanVersion.Verdict.APPROVED));
        assertEquals("Fag, jeg søger i", da.partTitle(PlanComparison.TRADE));
        assertEquals("Mine næste skridt", da.partTitle(PlanComparison.STEPS));
        assertEquals("Den hjælp jeg har brug for", da.partTitle("support"));
        assertEquals("Ring til tre mestre (11. december 2026, gjort)",
                da.stepLine(new PlanSnapshot.Step("Ring til tre mestre", LocalDate.of(2026, 12, 11), true)));
    }

    @Test
    void onlyASmallPositiveNumberIsAVersionNumber() {
        assertEquals(Optional.of(2), PlanTexts.number("2"));
        for (String bad : List.of("", "0", "-1", "02", "1e3", "9999999", "2 ", "two")) {
            assertEquals(Optional.empty(), PlanTexts.number(bad), bad);
        }
        assertEquals(Optional.empty(), PlanTexts.number(null));
    }
}
