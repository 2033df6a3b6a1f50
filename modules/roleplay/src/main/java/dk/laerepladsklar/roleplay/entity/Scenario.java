package dk.laerepladsklar.roleplay.entity;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One role-play in one language: who the student meets and why, what the other person says, what the student answers
 * in the recorded attempt, tips, the rubric, and the branching conversation to practise first.
 *
 * @param trade        the trade or kind of work, a teacher's filter word (e.g. "Tømrer")
 * @param counterpart  who the student talks to, e.g. "Mester Lone, tømrermester"
 * @param situation    the scene, in a few plain sentences
 * @param opening      the other person's first line in the recorded attempt (read aloud)
 * @param voices       recorded voices of the other person's lines that the pack ships, by line id ({@link #lines()}):
 *                     the file's path inside the pack; a line without one is read aloud by the browser
 */
public record Scenario(String id, Locale language, String title, String summary, String trade, int estimatedMinutes,
                       String counterpart, String situation, String opening, List<String> tips, List<Prompt> prompts,
                       Rubric rubric, Conversation conversation, Map<String, String> voices) implements Serializable {

    /** The line id of the opening line of the recorded attempt. */
    public static final String OPENING_LINE = "opening";
    /** Line ids of the conversation's nodes: this, then the node's id. */
    public static final String NODE_LINE = "node-";

    /** One line the other person says, as a teacher may give it a voice. */
    public record Line(String id, String text) implements Serializable {
    }

    public Scenario {
        Texts.requireId(id, "scenario");
        if (language == null) {
            throw new IllegalArgumentException("A scenario has a language");
        }
        Texts.requireText(title, "title");
        Texts.requireText(summary, "summary");
        Texts.requireText(trade, "trade");
        if (estimatedMinutes < 1 || estimatedMinutes > 240) {
            throw new IllegalArgumentException("estimatedMinutes must be 1..240, was " + estimatedMinutes);
        }
        Texts.requireText(counterpart, "counterpart");
        Texts.requireText(situation, "situation");
        Texts.requireText(opening, "opening line");
        tips = Texts.requireSome(tips, "tips");
        tips.forEach(t -> Texts.requireText(t, "tip"));
        prompts = Texts.requireSome(prompts, "prompts");
        if (new java.util.HashSet<>(prompts.stream().map(Prompt::id).toList()).size() != prompts.size()) {
            throw new IllegalArgumentException("Two prompts have the same id");
        }
        if (rubric == null) {
            throw new IllegalArgumentException("A scenario has a rubric");
        }
        if (conversation == null) {
            throw new IllegalArgumentException("A scenario has a conversation");
        }
        voices = voices == null ? Map.of() : Map.copyOf(voices);
        java.util.Set<String> lineIds = new java.util.HashSet<>();
        lineIds.add(OPENING_LINE);
        conversation.nodes().forEach(n -> lineIds.add(NODE_LINE + n.id()));
        for (String line : voices.keySet()) {
            if (!lineIds.contains(line)) {
                throw new IllegalArgumentException("A voice for a line the scenario does not have: " + line);
            }
        }
    }

    /** Every line of the other person: the recorded attempt's opening, then what they say at each node. */
    public List<Line> lines() {
        List<Line> lines = new java.util.ArrayList<>();
        lines.add(new Line(OPENING_LINE, opening));
        conversation.nodes().forEach(n -> lines.add(new Line(NODE_LINE + n.id(), n.says())));
        return lines;
    }

    public java.util.Optional<Line> line(String lineId) {
        return lines().stream().filter(l -> l.id().equals(lineId)).findFirst();
    }

    /** The pack's recorded voice of a line, as its path inside the pack. */
    public java.util.Optional<String> voice(String lineId) {
        return java.util.Optional.ofNullable(voices.get(lineId));
    }

    /** The same scenario assessed with another rubric (a placement's own, see {@code PlacementRubrics}). */
    public Scenario withRubric(Rubric other) {
        return other == null || other.equals(rubric) ? this : new Scenario(id, language, title, summary, trade,
                estimatedMinutes, counterpart, situation, opening, tips, prompts, other, conversation, voices);
    }
}
