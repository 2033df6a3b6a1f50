package dk.laerepladsklar.roleplay.entity;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * One turn of the conversation: the other person says something, and the student picks one of two to four answers
 * (or types their own, where {@link #own()} allows it). A node without answers ends the conversation.
 */
public record Node(String id, String says, List<Answer> answers, OwnAnswer own) implements Serializable {

    public static final int MIN_ANSWERS = 2;
    public static final int MAX_ANSWERS = 4;

    public Node {
        Texts.requireId(id, "node");
        Texts.requireText(says, "line of node " + id);
        answers = answers == null ? List.of() : List.copyOf(answers);
        if (!answers.isEmpty() && (answers.size() < MIN_ANSWERS || answers.size() > MAX_ANSWERS)) {
            throw new IllegalArgumentException("Node " + id + " offers " + answers.size() + " answers; it must offer "
                    + MIN_ANSWERS + " to " + MAX_ANSWERS + " (or none, to end the conversation)");
        }
        if (answers.isEmpty() && own != null) {
            throw new IllegalArgumentException("Node " + id + " lets the student type an answer but offers none to pick");
        }
        if (new HashSet<>(answers.stream().map(Answer::id).toList()).size() != answers.size()) {
            throw new IllegalArgumentException("Two answers of node " + id + " have the same id");
        }
    }

    public boolean isEnd() {
        return answers.isEmpty();
    }

    public boolean allowsOwn() {
        return own != null;
    }

    public Optional<Answer> answer(String answerId) {
        return answers.stream().filter(a -> a.id().equals(answerId)).findFirst();
    }

    /** The nodes this one leads to, in answer order (the own answer's last). */
    public List<String> nextNodes() {
        List<String> next = new java.util.ArrayList<>(answers.stream().map(Answer::next).toList());
        if (own != null) {
            next.add(own.next());
        }
        return next;
    }
}
