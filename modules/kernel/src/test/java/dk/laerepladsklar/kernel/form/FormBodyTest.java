package dk.laerepladsklar.kernel.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FormBodyTest {

    private static FormBody form(String body, int cap) throws IOException {
        return FormBody.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), cap);
    }

    @Test
    void readsEveryValueInOrderDecoded() throws IOException {
        FormBody form = form("company=Tr%C3%A6+%26+Co&tick=a&tick=b&empty=&bare", 1024);
        assertFalse(form.isTooLarge());
        assertEquals("Træ & Co", form.get("company"));
        assertEquals(List.of("a", "b"), form.all("tick"));
        assertEquals("", form.get("empty"));
        assertEquals("", form.get("bare"));
        assertNull(form.get("missing"));
        assertEquals(List.of(), form.all("missing"));
    }

    @Test
    void aBodyOverTheCapIsTooLargeAndKeepsNothing() throws IOException {
        FormBody form = form("notes=" + "x".repeat(100), 50);
        assertTrue(form.isTooLarge());
        assertNull(form.get("notes"));
        assertFalse(form("notes=" + "x".repeat(44), 50).isTooLarge(), "exactly at the cap is read");
    }

    @Test
    void aMalformedBodyReadsAsEmpty() throws IOException {
        FormBody form = form("a=1&b=%zz", 1024);
        assertFalse(form.isTooLarge());
        assertNull(form.get("a"), "nothing of a broken form is half-read");
    }

    @Test
    void valuesThatDoNotParseReadAsAbsent() throws IOException {
        FormBody form = form("due=2026-12-10&bad=2026-02-30&year=20255-01-01&kind=SHORT&evil=short", 1024);
        assertEquals(LocalDate.of(2026, 12, 10), form.date("due"));
        assertNull(form.date("bad"));
        assertNull(form.date("year"));
        assertEquals(Unit.SHORT, form.choice("kind", Unit.class));
        assertNull(form.choice("evil", Unit.class), "names match exactly");
        assertEquals(Optional.of(LocalTime.of(9, 30)), FormBody.parseTime("9:30"));
        assertEquals(Optional.of(LocalTime.of(12, 30)), FormBody.parseTime("12:30"));
        assertEquals(Optional.empty(), FormBody.parseTime("kl. otte"));
        UUID id = UUID.randomUUID();
        assertEquals(Optional.of(id), FormBody.parseId(id.toString()));
        assertEquals(Optional.empty(), FormBody.parseId(id + "x"));
        assertEquals(Optional.empty(), FormBody.parseId(null));
        assertEquals(Optional.empty(), FormBody.parseChoice("S".repeat(41), Unit.class));
    }

    private enum Unit { SHORT, LONG }
}
