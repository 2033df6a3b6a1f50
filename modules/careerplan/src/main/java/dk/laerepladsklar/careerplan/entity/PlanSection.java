package dk.laerepladsklar.careerplan.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The guided parts of a career plan, in the order the student meets them. The catalogue of good practice asks for
 * strengths and weaknesses, goals for the short and the long term, and how to find an apprenticeship; the plan
 * spells that out in parts a student can answer one at a time. Titles, help and examples are in the bundle under
 * {@code section.<key>.*}.
 */
public enum PlanSection {
    /** Who I am and what I am good at: strengths, each with an example. */
    STRENGTHS("strengths"),
    /** What I want to get better at. */
    IMPROVE("improve"),
    /** What I want: trade, kind of company, where, how far I can travel. */
    WISHES("wishes"),
    /** Goals for the next four weeks. */
    GOALS_SOON("goals-soon"),
    /** Goals for after the apprenticeship. */
    GOALS_LATER("goals-later"),
    /** The support I need (e.g. SPS, dyslexia): sensitive, shown to others only when the student says so. */
    SUPPORT("support");

    private final String key;

    PlanSection(String key) {
        this.key = key;
    }

    /** The section's key in pages, URLs, bundles and snapshots. */
    public String key() {
        return key;
    }

    /**
     * Support needs are sensitive personal data: the student decides whether teacher, consultant and mentor see them,
     * and they never leave the plan (not in the profile, not in a shared link).
     */
    public boolean isSensitive() {
        return this == SUPPORT;
    }

    public static Optional<PlanSection> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
