package dk.laerepladsklar.lti.api.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FieldsTest {

    @Test
    void everyFieldComesBackWhateverItHolds() {
        UUID id = UUID.randomUUID();
        String encoded = Fields.writer().text("a:b~c").text(null).text("").text("line\nbreak 12:x").number(-42)
                .uuid(id).uuid(null).flag(true).flag(false).flag(null).texts(List.of("x", "", "1:2")).texts(null)
                .text("æøå €").toString();

        Fields.Reader in = Fields.reader(encoded);
        assertEquals("a:b~c", in.text());
        assertNull(in.text());
        assertEquals("", in.text());
        assertEquals("line\nbreak 12:x", in.text());
        assertEquals(-42, in.number());
        assertEquals(id, in.uuid());
        assertNull(in.uuid());
        assertTrue(in.flag());
        assertFalse(in.flag());
        assertNull(in.flag());
        assertEquals(List.of("x", "", "1:2"), in.texts());
        assertNull(in.texts());
        assertEquals("æøå €", in.text());
        assertTrue(in.done());
    }

    @Test
    void aValueNotWrittenByTheWriterIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Fields.reader("5:abc").text(), "runs past the end");
        assertThrows(IllegalArgumentException.class, () -> Fields.reader("abc").text());
        assertThrows(IllegalArgumentException.class, () -> Fields.reader("").text());
    }
}
