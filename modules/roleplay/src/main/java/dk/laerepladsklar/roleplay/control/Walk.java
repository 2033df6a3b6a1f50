package dk.laerepladsklar.roleplay.control;

import dk.laerepladsklar.roleplay.entity.Answer;
import dk.laerepladsklar.roleplay.entity.Choice;
import dk.laerepladsklar.roleplay.entity.Conversation;
import dk.laerepladsklar.roleplay.entity.Node;
import dk.laerepladsklar.roleplay.entity.Quality;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of walking a conversation: the walk starts at the start node, each choice must be one the current node
 * offers, and the answer's next node becomes the current one. The student's page names the node it showed, so a
 * choice sent from an old page (a second tab, the back button) is told apart from one that was never offered.
 */
public final class Walk {

    private Walk() {
    }

    /** Where a path stands: the node the student is at now (an end node when the walk is finished). */
    public static Node current(Conversation conversation, List<Choice> path) {
        Node node = conversation.first();
        for (Choice choice : path) {
            if (!choice.nodeId().equals(node.id())) {
                throw new IllegalStateException("The kept path left the conversation at " + choice.nodeId());
            }
            node = conversation.node(nextOf(node, choice)).orElseThrow(() ->
                    new IllegalStateException("The kept path leads nowhere from " + choice.nodeId()));
        }
        return node;
    }

    /**
     * Checks a move at the node the student's page showed.
     *
     * @param typed the student's own words, used only when {@code answerId} is {@value Choice#OWN}
     * @return the choice to keep (typed words trimmed, and dropped for a picked answer)
     */
    public static Choice check(Conversation conversation, List<Choice> path, String nodeId, String answerId, String typed)
            throws MoveRefused {
        Node at = nodeId == null ? null : conversation.node(nodeId).orElse(null);
        if (at == null) {
            throw new MoveRefused(MoveRefused.Reason.UNKNOWN_NODE);
        }
        if (answerId == null || !(Choice.OWN.equals(answerId) || at.answer(answerId).isPresent())) {
            throw new MoveRefused(MoveRefused.Reason.ANSWER_NOT_OFFERED);
        }
        if (Choice.OWN.equals(answerId) && !at.allowsOwn()) {
            throw new MoveRefused(MoveRefused.Reason.OWN_ANSWER_NOT_ALLOWED);
        }
        Node current = current(conversation, path);
        if (current.isEnd()) {
            throw new MoveRefused(MoveRefused.Reason.WALK_FINISHED);
        }
        if (!current.id().equals(at.id())) {
            throw new MoveRefused(MoveRefused.Reason.NOT_THE_CURRENT_NODE);
        }
        if (Choice.OWN.equals(answerId)) {
            String words = typed == null ? "" : typed.strip();
            if (words.isEmpty() || words.length() > Choice.MAX_TYPED) {
                throw new MoveRefused(MoveRefused.Reason.OWN_ANSWER_EMPTY_OR_TOO_LONG);
            }
            return new Choice(at.id(), Choice.OWN, words);
        }
        return new Choice(at.id(), answerId, null);
    }

    /** The node a choice at this node leads to. */
    public static String nextOf(Node node, Choice choice) {
        if (choice.isOwn()) {
            if (!node.allowsOwn()) {
                throw new IllegalStateException("Node " + node.id() + " takes no own answer");
            }
            return node.own().next();
        }
        return node.answer(choice.answerId()).map(Answer::next)
                .orElseThrow(() -> new IllegalStateException("Node " + node.id() + " has no answer " + choice.answerId()));
    }

    /** Whether this choice at this node ends the conversation. */
    public static boolean ends(Conversation conversation, Choice choice) {
        Node node = conversation.node(choice.nodeId()).orElseThrow();
        return conversation.node(nextOf(node, choice)).map(Node::isEnd).orElse(false);
    }

    /**
     * The conversation as it went, turn by turn, for the page: what the other person said, what the student answered,
     * and how the other person reacted; with the feedback on each choice, shown once the walk is finished.
     */
    public static List<Turn> turns(Conversation conversation, List<Choice> path) {
        List<Turn> turns = new ArrayList<>();
        Node node = conversation.first();
        for (Choice choice : path) {
            Node at = node;
            if (choice.isOwn()) {
                turns.add(new Turn(at.id(), at.says(), Choice.OWN, choice.typedText(), at.own().reaction(),
                        at.own().feedback(), null));
            } else {
                Answer answer = at.answer(choice.answerId()).orElseThrow();
                turns.add(new Turn(at.id(), at.says(), answer.id(), answer.text(), answer.reaction(), answer.feedback(),
                        answer.quality()));
            }
            node = conversation.node(nextOf(at, choice)).orElseThrow();
        }
        return turns;
    }

    /**
     * One turn of a walk.
     *
     * @param quality null for the student's own words (nothing judges them)
     */
    public record Turn(String nodeId, String says, String answerId, String answered, String reaction, String feedback,
                       Quality quality) implements Serializable {
        public boolean isOwn() {
            return Choice.OWN.equals(answerId);
        }
    }
}
