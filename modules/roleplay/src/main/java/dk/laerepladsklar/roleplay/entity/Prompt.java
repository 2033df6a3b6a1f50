package dk.laerepladsklar.roleplay.entity;

import java.io.Serializable;

/**
 * Something the student answers out loud in the recorded attempt (e.g. "Fortæl kort om dig selv").
 *
 * @param seconds how long an answer may take, for the recording's time limit
 */
public record Prompt(String id, String text, int seconds) implements Serializable {
    public Prompt {
        Texts.requireId(id, "prompt");
        Texts.requireText(text, "prompt text");
        if (seconds < 10 || seconds > 600) {
            throw new IllegalArgumentException("A prompt's time must be 10..600 seconds, was " + seconds);
        }
    }
}
