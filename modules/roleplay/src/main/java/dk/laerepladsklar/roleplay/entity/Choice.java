package dk.laerepladsklar.roleplay.entity;

import java.io.Serializable;

/**
 * One step of a student's path: at this node, this answer (or {@value #OWN} and the words they typed).
 *
 * @param typedText the student's own words; null unless {@code answerId} is {@value #OWN}
 */
public record Choice(String nodeId, String answerId, String typedText) implements Serializable {

    /** The answer id of a typed answer. */
    public static final String OWN = "own";
    /** Longer than anyone says in one turn on the phone; the column holds it. */
    public static final int MAX_TYPED = 500;

    public Choice {
        Texts.requireId(nodeId, "node");
        Texts.requireId(answerId, "answer");
        if (OWN.equals(answerId)) {
            Texts.requireText(typedText, "typed answer");
            if (typedText.length() > MAX_TYPED) {
                throw new IllegalArgumentException("A typed answer is at most " + MAX_TYPED + " characters");
            }
        } else if (typedText != null) {
            throw new IllegalArgumentException("Only an own answer carries typed text");
        }
    }

    public boolean isOwn() {
        return OWN.equals(answerId);
    }
}
