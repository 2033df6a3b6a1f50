package dk.laerepladsklar.lti.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoScoreTest {

    private static Map<String, Object> json(String text) throws Exception {
        return JSONObjectUtils.parse(text);
    }

    @Test
    void readsAScoreWithAnOffsetTimestamp() throws Exception {
        DemoScore score = DemoScore.read(json("""
                {"userId":"student-ali","scoreGiven":7.5,"scoreMaximum":10,"activityProgress":"Completed",
                 "gradingProgress":"FullyGraded","timestamp":"2026-03-02T11:00:00.250+01:00","comment":"Godt"}"""));

        assertEquals("student-ali", score.userId());
        assertEquals(7.5, score.scoreGiven());
        assertEquals(10.0, score.scoreMaximum());
        assertEquals(Instant.parse("2026-03-02T10:00:00.250Z"), score.timestamp());
        assertEquals("Godt", score.comment());
    }

    @Test
    void aMissingMaximumIsOneAsInMoodle() throws Exception {
        DemoScore score = DemoScore.read(json("""
                {"userId":"u","scoreGiven":1,"activityProgress":"Completed","gradingProgress":"FullyGraded",
                 "timestamp":"2026-03-02T10:00:00Z"}"""));

        assertEquals(1.0, score.scoreMaximum());
    }

    @Test
    void aScoreWithoutPointsIsAllowed() throws Exception {
        assertNull(DemoScore.read(json("""
                {"userId":"u","activityProgress":"Started","gradingProgress":"NotReady","timestamp":"2026-03-02T10:00:00Z"}""")).scoreGiven());
    }

    @Test
    void refusesWhatMoodleRefuses() {
        for (String bad : new String[] {
                "{\"activityProgress\":\"Completed\",\"gradingProgress\":\"FullyGraded\",\"timestamp\":\"2026-03-02T10:00:00Z\"}",
                "{\"userId\":\"u\",\"gradingProgress\":\"FullyGraded\",\"timestamp\":\"2026-03-02T10:00:00Z\"}",
                "{\"userId\":\"u\",\"activityProgress\":\"Completed\",\"gradingProgress\":\"Done\",\"timestamp\":\"2026-03-02T10:00:00Z\"}",
                "{\"userId\":\"u\",\"activityProgress\":\"Completed\",\"gradingProgress\":\"FullyGraded\"}",
                "{\"userId\":\"u\",\"activityProgress\":\"Completed\",\"gradingProgress\":\"FullyGraded\",\"timestamp\":\"2026-03-02 10:00\"}",
                "{\"userId\":\"u\",\"activityProgress\":\"Completed\",\"gradingProgress\":\"FullyGraded\",\"timestamp\":\"2026-03-02T10:00:00Z\",\"scoreGiven\":\"7\"}",
                "{\"userId\":\"u\",\"activityProgress\":\"Completed\",\"gradingProgress\":\"FullyGraded\",\"timestamp\":\"2026-03-02T10:00:00Z\",\"scoreGiven\":1,\"scoreMaximum\":0}"}) {
            assertThrows(IllegalArgumentException.class, () -> DemoScore.read(json(bad)), bad);
        }
    }
}
