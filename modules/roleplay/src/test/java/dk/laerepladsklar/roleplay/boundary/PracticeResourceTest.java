package dk.laerepladsklar.roleplay.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The practice form's fields are read as UTF-8, whatever the request says, and broken input is left out. */
class PracticeResourceTest {

    @Test
    void aFormIsDecodedAsUtf8() {
        Map<String, String> form = PracticeResource.fields("node=busy&answer=own&text=Jeg+s%C3%A5+jeres+tag+p%C3%A5+Skolevej");
        assertEquals("busy", form.get("node"));
        assertEquals("own", form.get("answer"));
        assertEquals("Jeg så jeres tag på Skolevej", form.get("text"));
    }

    @Test
    void theFirstValueCountsAndBrokenFieldsAreLeftOut() {
        Map<String, String> form = PracticeResource.fields("answer=full&answer=visit&text=%E&=x&&node");
        assertEquals("full", form.get("answer"));
        assertFalse(form.containsKey("text"), "a broken escape");
        assertEquals("", form.get("node"));
        assertEquals(2, form.size());
    }
}
