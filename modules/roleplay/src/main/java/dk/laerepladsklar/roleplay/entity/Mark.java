package dk.laerepladsklar.roleplay.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A level chosen on one rubric criterion, by the student (self-assessment) or the teacher, with optional feedback and,
 * for the teacher, a time mark in one answer's recording ("at 0:42") the student and teacher can jump to.
 */
@Embeddable
public class Mark {

    /** A time mark may point anywhere in the longest answer a prompt allows (600 s), with room for a slow start. */
    public static final int MAX_SECOND = 3600;
    public static final int MAX_FEEDBACK = 2000;

    @Column(name = "criterion_id", nullable = false, length = 80)
    private String criterionId;

    @Column(nullable = false)
    private int points;

    @Column(length = MAX_FEEDBACK)
    private String feedback;

    /** The prompt whose recording the time mark is in; null without a time mark. */
    @Column(name = "prompt_id", length = 80)
    private String promptId;

    @Column(name = "at_second")
    private Integer atSecond;

    protected Mark() {
    }

    public Mark(String criterionId, int points, String feedback, String promptId, Integer atSecond) {
        this.criterionId = criterionId;
        this.points = points;
        this.feedback = feedback == null || feedback.isBlank() ? null : feedback.strip();
        this.promptId = atSecond == null ? null : promptId;
        this.atSecond = atSecond;
    }

    public static Mark level(String criterionId, int points) {
        return new Mark(criterionId, points, null, null, null);
    }

    public String getCriterionId() {
        return criterionId;
    }

    public int getPoints() {
        return points;
    }

    public String getFeedback() {
        return feedback;
    }

    public String getPromptId() {
        return promptId;
    }

    public Integer getAtSecond() {
        return atSecond;
    }

    /** "0:42", "12:05": how a time mark reads. */
    public String getAtText() {
        return atSecond == null ? "" : (atSecond / 60) + ":" + String.format("%02d", atSecond % 60);
    }
}
