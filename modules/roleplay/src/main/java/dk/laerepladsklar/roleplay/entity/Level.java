package dk.laerepladsklar.roleplay.entity;

import java.io.Serializable;

/** One level of a rubric criterion: what it looks like, and what it is worth. */
public record Level(int points, String label, String description) implements Serializable {
    public Level {
        if (points < 0 || points > 100) {
            throw new IllegalArgumentException("A level's points must be 0..100, was " + points);
        }
        Texts.requireText(label, "level label");
        Texts.requireText(description, "level description");
    }
}
