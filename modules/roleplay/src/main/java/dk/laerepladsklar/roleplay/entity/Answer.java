package dk.laerepladsklar.roleplay.entity;

import java.io.Serializable;

/**
 * One answer the student can pick at a node.
 *
 * @param reaction what the other person says straight after it, before the next node's line
 * @param next     the node the conversation goes on to
 * @param feedback what the student is told about this choice at the end
 */
public record Answer(String id, String text, String reaction, String next, String feedback, Quality quality)
        implements Serializable {
    public Answer {
        Texts.requireId(id, "answer");
        if (Choice.OWN.equals(id)) {
            throw new IllegalArgumentException("The answer id \"" + Choice.OWN + "\" is kept for the student's own words");
        }
        Texts.requireText(text, "answer text");
        Texts.requireText(reaction, "reaction");
        Texts.requireId(next, "next node");
        Texts.requireText(feedback, "feedback");
        if (quality == null) {
            throw new IllegalArgumentException("Answer " + id + " needs a quality (strong, ok, weak)");
        }
    }
}
