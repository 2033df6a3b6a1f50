package dk.laerepladsklar.kernel.handover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ReturnPathTest {

    @Test
    void aPageOfTheToolIsKeptWithoutItsLaunchContext() {
        assertEquals(Optional.of("/roleplay/record.xhtml?placement=0b4a1c2e-1111-2222-3333-444455556666"),
                ReturnPath.of("/roleplay/record.xhtml?lc=AAAAAAAAAAAAAAAAAAAAAA&placement=0b4a1c2e-1111-2222-3333-444455556666", ""));
        assertEquals(Optional.of("/student/home.xhtml"), ReturnPath.of("/student/home.xhtml?lc=abc", ""));
        assertEquals(Optional.of("/student/home.xhtml"), ReturnPath.of("/student/home.xhtml", ""));
    }

    @Test
    void theContextPathIsTakenOffSoTheRedirectAddsItOnce() {
        assertEquals(Optional.of("/roleplay/record.xhtml?placement=x"), ReturnPath.of("/lpk/roleplay/record.xhtml?placement=x", "/lpk"));
        assertEquals(Optional.empty(), ReturnPath.of("/lpkx/record.xhtml/..", "/lpk"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://evil.example/roleplay/record.xhtml",
            "//evil.example/roleplay/record.xhtml",
            "/\\evil.example/record.xhtml",
            "\\\\evil.example\\record.xhtml",
            "javascript:alert(1)//.xhtml",
            "/%2F%2Fevil.example/a.xhtml",
            "/roleplay/../../etc/passwd",
            "/roleplay/./record.xhtml",
            "/roleplay/..%2Frecord.xhtml",
            "/api/media/items/1",
            "/roleplay/record.xhtml?next=https://evil.example",
            "/roleplay/record.xhtml?next=//evil.example",
            "/roleplay/record.xhtml#top",
            "/roleplay/record.xhtml?a=1\r\nLocation: https://evil.example",
            " /roleplay/record.xhtml",
            "roleplay/record.xhtml",
            "/.xhtml",
            "",
    })
    void anythingThatCouldLeadElsewhereIsRefused(String raw) {
        assertEquals(Optional.empty(), ReturnPath.of(raw, ""), raw);
    }

    @Test
    void tooLongIsRefused() {
        assertTrue(ReturnPath.of("/a.xhtml?p=" + "x".repeat(ReturnPath.MAX_LENGTH), "").isEmpty());
        assertTrue(ReturnPath.of(null, "").isEmpty());
    }
}
