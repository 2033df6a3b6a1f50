package dk.laerepladsklar.apprenticeship.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.laerepladsklar.apprenticeship.entity.PlacementState;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTest {

    static final LocalDate TODAY = LocalDate.parse("2027-03-03"); // a Wednesday

    @Test
    void applicationsPerWeekCoverTwelveWeeksEndingThisWeek() {
        List<WeekCount> weeks = ApplicationsPerWeek.of(List.of(TODAY, TODAY.minusDays(2), LocalDate.parse("2027-02-28"),
                LocalDate.parse("2026-12-07"), LocalDate.parse("2026-12-06"), TODAY.plusDays(1)), TODAY);
        assertEquals(12, weeks.size());
        assertEquals(LocalDate.parse("2027-03-01"), weeks.get(11).monday());
        assertEquals(2, weeks.get(11).count(), "Monday and Wednesday of this week");
        assertEquals(1, weeks.get(10).count(), "Sunday belongs to the week before");
        assertEquals(LocalDate.parse("2026-12-14"), weeks.get(0).monday());
        assertEquals(0, weeks.get(0).count(), "7 December is thirteen weeks back: outside");
        assertEquals(3, weeks.stream().mapToInt(WeekCount::count).sum(), "a date in the future is a typo, not counted");
        assertEquals(9, weeks.get(11).weekNumber());
    }

    @Test
    void statusOverTimeTakesTheLastChangeByEachWeeksEnd() {
        Instant t = Instant.parse("2027-01-01T10:00:00Z");
        List<StatusOverTime.Change> sara = List.of(
                new StatusOverTime.Change(LocalDate.parse("2027-01-04"), t, PlacementState.SEEKING),
                new StatusOverTime.Change(LocalDate.parse("2027-02-10"), t.plusSeconds(5), PlacementState.REGISTERED_SEEKING),
                new StatusOverTime.Change(LocalDate.parse("2027-03-02"), t.plusSeconds(9), PlacementState.AGREEMENT_SIGNED));
        List<StatusOverTime.Change> omar = List.of(
                new StatusOverTime.Change(LocalDate.parse("2027-02-24"), t, PlacementState.SEEKING),
                // Two changes on one day: the later one holds.
                new StatusOverTime.Change(LocalDate.parse("2027-02-25"), t.plusSeconds(20), PlacementState.SCHOOL_BASED_TRAINING),
                new StatusOverTime.Change(LocalDate.parse("2027-02-25"), t.plusSeconds(10), PlacementState.SEEKING));
        List<StatusOverTime.Week> weeks = StatusOverTime.of(List.of(sara, omar), TODAY);
        assertEquals(12, weeks.size());
        StatusOverTime.Week thisWeek = weeks.get(11);
        assertEquals(1, thisWeek.count(PlacementState.AGREEMENT_SIGNED));
        assertEquals(1, thisWeek.count(PlacementState.SCHOOL_BASED_TRAINING));
        assertEquals(2, thisWeek.total());
        StatusOverTime.Week lastWeek = weeks.get(10); // ends Sunday 28 February
        assertEquals(1, lastWeek.count(PlacementState.REGISTERED_SEEKING));
        assertEquals(1, lastWeek.count(PlacementState.SCHOOL_BASED_TRAINING));
        StatusOverTime.Week early = weeks.get(3); // the week of 4 January
        assertEquals(LocalDate.parse("2027-01-04"), early.monday());
        assertEquals(1, early.total(), "Omar's history starts later");
        assertEquals(0, weeks.get(0).total());
    }

    @Test
    void theChartIsChartJsConfigurationWithEscapedLabels() {
        String json = ChartConfig.bars("Ansøgninger \"pr.\" uge", List.of("Uge 8", "Uge 9"),
                List.of(new ChartConfig.Series("Søger", List.of(1, 2)), new ChartConfig.Series("Aftale", List.of(0, 3))));
        JsonObject chart = Json.createReader(new StringReader(json)).readObject();
        assertEquals("bar", chart.getString("type"));
        assertEquals(List.of("Uge 8", "Uge 9"), chart.getJsonObject("data").getJsonArray("labels").getValuesAs(
                jakarta.json.JsonString::getString));
        assertEquals(2, chart.getJsonObject("data").getJsonArray("datasets").size());
        assertEquals(3, chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(1).getJsonArray("data").getInt(1));
        assertEquals("Ansøgninger \"pr.\" uge", chart.getJsonObject("options").getJsonObject("plugins")
                .getJsonObject("title").getString("text"));
        assertEquals(true, chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y").getBoolean("stacked"));
    }
}
