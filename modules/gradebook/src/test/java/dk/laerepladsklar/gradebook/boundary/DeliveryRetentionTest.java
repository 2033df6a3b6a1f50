package dk.laerepladsklar.gradebook.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeliveryRetentionTest {

    @AfterEach
    void unset() {
        System.clearProperty("lpk.score-retention-days");
    }

    @Test
    void sentScoresAreKeptNinetyDaysUnlessTheInstallationSaysOtherwise() {
        assertEquals(Duration.ofDays(90), DeliveryRetention.retention());
        System.setProperty("lpk.score-retention-days", "30");
        assertEquals(Duration.ofDays(30), DeliveryRetention.retention());
        System.setProperty("lpk.score-retention-days", "0");
        assertEquals(Duration.ofDays(1), DeliveryRetention.retention(), "never deleted the moment they are sent");
        System.setProperty("lpk.score-retention-days", "ninety");
        assertEquals(Duration.ofDays(90), DeliveryRetention.retention());
    }
}
