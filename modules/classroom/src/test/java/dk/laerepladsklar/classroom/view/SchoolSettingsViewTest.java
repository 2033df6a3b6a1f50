package dk.laerepladsklar.classroom.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SchoolSettingsViewTest {

    @Test
    void onlyAWholeNumberIsReadAsDays() {
        assertEquals(30, SchoolSettingsView.wholeNumber("30"));
        assertEquals(30, SchoolSettingsView.wholeNumber(" 30 "));
        assertEquals(0, SchoolSettingsView.wholeNumber("0"));
        for (String bad : new String[] {null, "", "  ", "-7", "7.5", "7,5", "30 dage", "1e3", "9999999", "٣٠", "0x1F", "30;drop"}) {
            assertNull(SchoolSettingsView.wholeNumber(bad), bad);
        }
    }
}
