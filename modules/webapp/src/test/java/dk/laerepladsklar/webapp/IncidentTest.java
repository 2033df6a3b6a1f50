package dk.laerepladsklar.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

class IncidentTest {

    @Test
    void anIncidentHasAShortIdThatCanBeReadOutOverThePhone() {
        Incident one = Incident.of(new IllegalStateException("boom"), "GET /x");
        Incident two = Incident.of(new IllegalStateException("boom"), "GET /x");

        assertTrue(one.id().matches("[0-9A-Z]{4}-[0-9A-Z]{4}"), one.id());
        assertFalse(one.id().matches(".*[ILOU].*"), "no letters to misread: " + one.id());
        assertNotEquals(one.id(), two.id());
        assertFalse(one.expired());
    }

    @Test
    void anExpiredViewIsNotAFaultOfTheTool() {
        ServletException wrapped = new ServletException(new FacesException(new ViewExpiredException("gone", "/admin/platforms.xhtml")));

        assertTrue(Incident.of(wrapped, "POST /admin/platforms.xhtml").expired());
        assertFalse(Incident.of(new ServletException(new FacesException("Unable to restore view")), "POST /x").expired());
    }

    @Test
    void onlyAWellFormedIdIsTakenFromAUrl() {
        assertEquals("7KQ2-M9XD", Incident.named("7KQ2-M9XD", false).id());
        assertTrue(Incident.named("7KQ2-M9XD", true).expired());
        for (String hostile : new String[] {null, "", "<script>alert(1)</script>", "7KQ2-M9XD<b>", "7kq2-m9xd", "ILOU-ILOU", "7KQ2M9XD"}) {
            assertNull(Incident.named(hostile, false), hostile);
        }
    }
}
