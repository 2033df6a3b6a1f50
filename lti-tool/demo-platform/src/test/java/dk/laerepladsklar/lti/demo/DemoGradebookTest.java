package dk.laerepladsklar.lti.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoGradebookTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private static DemoLineItem fields(String link) {
        return new DemoLineItem(null, 0, null, "Jobsamtale", 100, "tm:job", "progress", link, null, null);
    }

    private static DemoScore score(double given, Instant timestamp) {
        return new DemoScore("student-ali", given, 10.0, "Completed", "FullyGraded", timestamp, null);
    }

    @Test
    void linksAndColumnsAreNumberedPerCourse() {
        DemoGradebook book = new DemoGradebook();

        DemoResourceLink link = book.placeLink("tomrer-gf2", "dyn-1", "Jobsamtale", null, Map.of("a", "b"));
        DemoLineItem first = book.addLineItem("tomrer-gf2", "dyn-1", fields(link.id()));
        DemoLineItem elsewhere = book.addLineItem("course-1", "dyn-1", fields(null));

        assertEquals("link-tomrer-gf2-1", link.id());
        assertEquals(1, first.number());
        assertEquals(1, elsewhere.number());
        assertEquals(List.of(first), book.lineItemsOfLink("tomrer-gf2", link.id(), "dyn-1"));
        assertEquals(List.of(), book.lineItemsOfLink("tomrer-gf2", link.id(), "dyn-2"));
    }

    @Test
    void keepsEveryScoreInOrderWithItsAnswer() {
        DemoGradebook book = new DemoGradebook();
        DemoLineItem column = book.addLineItem("tomrer-gf2", "dyn-1", fields(null));

        book.apply("tomrer-gf2", column.number(), score(7.5, NOW.minusSeconds(10)), NOW);
        book.apply("tomrer-gf2", column.number(), score(8, NOW.minusSeconds(10)), NOW);
        book.refuse("tomrer-gf2", column.number(), score(9, NOW.minusSeconds(5)), NOW, 422, "forced_rejection");
        book.apply("tomrer-gf2", column.number(), score(9, NOW.minusSeconds(4)), NOW);

        List<DemoReceivedScore> received = book.received("tomrer-gf2");
        assertEquals(List.of(200, 409, 422, 200), received.stream().map(DemoReceivedScore::status).toList());
        assertTrue(received.get(0).sequence() < received.get(3).sequence());
        assertEquals(90.0, book.grades("tomrer-gf2", column.number()).get("student-ali").value());
    }

    @Test
    void deletingAColumnKeepsWhatItReceived() {
        DemoGradebook book = new DemoGradebook();
        DemoLineItem column = book.addLineItem("tomrer-gf2", "dyn-1", fields(null));
        book.apply("tomrer-gf2", column.number(), score(5, NOW.minusSeconds(1)), NOW);

        assertTrue(book.deleteLineItem("tomrer-gf2", column.number()));

        assertFalse(book.lineItem("tomrer-gf2", column.number()).isPresent());
        assertEquals(1, book.received("tomrer-gf2").size());
        assertEquals(2, book.addLineItem("tomrer-gf2", "dyn-1", fields(null)).number());
    }
}
