package dk.laerepladsklar.kernel.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.lti.api.PlatformId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A placement made by Deep Linking is provisional until the first launch of its link binds it. */
class PlacementTest {

    private final Placement placement = new Placement(new PlatformId(UUID.randomUUID()), "C1",
            new ActivityRef("teaching-module", "networking"), "Brug dit netværk", 100);

    @Test
    void provisionalUntilTheFirstLaunchBindsItsLinkThenBoundForGood() {
        assertTrue(placement.isProvisional());

        placement.bindTo("link-1");

        assertFalse(placement.isProvisional());
        placement.bindTo("link-1");
        assertThrows(IllegalStateException.class, () -> placement.bindTo("link-2"));
        assertEquals("link-1", placement.getResourceLinkId());
    }
}
