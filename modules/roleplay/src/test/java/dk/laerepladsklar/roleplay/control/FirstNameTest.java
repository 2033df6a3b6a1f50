package dk.laerepladsklar.roleplay.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A master sees the student's first name only, never a surname or an email. */
class FirstNameTest {

    @Test
    void theFirstWordOfTheNameOnly() {
        assertEquals(Optional.of("Sara"), FirstName.of("Sara Jensen"));
        assertEquals(Optional.of("Ali"), FirstName.of("  Ali   Hassan Mohammed "));
        assertEquals(Optional.of("Mads"), FirstName.of("Mads"));
        assertEquals(Optional.empty(), FirstName.of(null));
        assertEquals(Optional.empty(), FirstName.of("   "));
        assertEquals(Optional.empty(), FirstName.of("sara@skole.dk Jensen"), "an email in the name field is never shown");
        assertEquals(40, FirstName.of("x".repeat(60)).orElseThrow().length());
    }
}
