package dk.laerepladsklar.roleplay.entity;

import java.io.Serializable;

/**
 * A node's offer to type one's own answer instead of picking one: nothing judges the typed words, so the reaction is
 * a neutral one and the feedback a checklist the student holds their answer up against.
 *
 * @param hint what to think of while typing, shown by the text field
 */
public record OwnAnswer(String hint, String reaction, String next, String feedback) implements Serializable {
    public OwnAnswer {
        Texts.requireText(hint, "own answer hint");
        Texts.requireText(reaction, "own answer reaction");
        Texts.requireId(next, "next node");
        Texts.requireText(feedback, "own answer feedback");
    }
}
