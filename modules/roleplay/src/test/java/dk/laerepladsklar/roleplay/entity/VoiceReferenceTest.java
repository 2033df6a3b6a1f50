package dk.laerepladsklar.roleplay.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.laerepladsklar.roleplay.control.ScenarioPackReader;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How a teacher's recorded line is named in the media store, and which lines a scenario has. */
class VoiceReferenceTest {

    @Test
    void referencesRoundTripAndRejectOthers() {
        UUID placement = UUID.randomUUID();
        assertEquals(Optional.of(new VoiceReference(placement, "node-hello")),
                VoiceReference.parse(VoiceReference.of(placement, "node-hello")));
        assertFalse(VoiceReference.parse("roleplay-voice:" + placement + ":Node!").isPresent());
        assertFalse(VoiceReference.parse("roleplay-voice:nope:opening").isPresent());
        assertFalse(VoiceReference.parse("roleplay:" + placement + ":opening").isPresent(), "an attempt's, not a voice");
        assertFalse(VoiceReference.parse(null).isPresent());
    }

    @Test
    void theOtherPersonsLinesAreTheOpeningAndEveryNode() {
        Scenario call = ScenarioPackReader.fromClassPath(getClass().getClassLoader()).read()
                .scenario("first-call", Locale.forLanguageTag("da")).orElseThrow();
        assertEquals(Scenario.OPENING_LINE, call.lines().get(0).id());
        assertEquals(call.opening(), call.lines().get(0).text());
        assertEquals(1 + call.conversation().nodes().size(), call.lines().size());
        assertEquals("Ja, det er Lone.", call.line("node-hello").orElseThrow().text());
        assertFalse(call.line("node-nope").isPresent());
        assertFalse(call.voice("node-hello").isPresent(), "the shipped pack has no recorded voices yet");
    }
}
