package dk.laerepladsklar.roleplay.entity;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * One role-play in one language: who the student meets and why, what the other person says, what the student answers
 * in the recorded attempt, tips, the rubric, and the branching conversation to practise first.
 *
 * @param trade        the trade or kind of work, a teacher's filter word (e.g. "Tømrer")
 * @param counterpart  who the student talks to, e.g. "Mester Lone, tømrermester"
 * @param situation    the scene, in a few plain sentences
 * @param opening      the other person's first line in the recorded attempt (read aloud)
 */
public record Scenario(String id, Locale language, String title, String summary, String trade, int estimatedMinutes,
                       String counterpart, String situation, String opening, List<String> tips, List<Prompt> prompts,
                       Rubric rubric, Conversation conversation) implements Serializable {
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
    }

    /** The same scenario assessed with another rubric (a placement's own, see {@code PlacementRubrics}). */
    public Scenario withRubric(Rubric other) {
        return other == null || other.equals(rubric) ? this : new Scenario(id, language, title, summary, trade,
                estimatedMinutes, counterpart, situation, opening, tips, prompts, other, conversation);
    }
}
