package dk.laerepladsklar.curriculum.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A student's answers to one quiz question: the first answer (which counts for the score) and the latest one
 * (whose feedback the page shows). A student may answer again to learn; the score does not change.
 */
@Entity
@Table(name = "module_quiz_answer")
public class QuizAnswer {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "progress_id", nullable = false)
    private ModuleProgress progress;

    @Column(name = "step_id", nullable = false, length = 80)
    private String stepId;

    @Column(name = "question_id", nullable = false, length = 80)
    private String questionId;

    @Column(name = "first_option_id", nullable = false, length = 80)
    private String firstOptionId;

    @Column(name = "first_correct", nullable = false)
    private boolean firstCorrect;

    @Column(name = "last_option_id", nullable = false, length = 80)
    private String lastOptionId;

    @Column(name = "last_correct", nullable = false)
    private boolean lastCorrect;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "first_answered_at", nullable = false)
    private Instant firstAnsweredAt;

    @Column(name = "last_answered_at", nullable = false)
    private Instant lastAnsweredAt;

    protected QuizAnswer() {
    }

    QuizAnswer(ModuleProgress progress, String stepId, QuizQuestion question, QuizOption option, Instant now) {
        this.id = UUID.randomUUID();
        this.progress = progress;
        this.stepId = stepId;
        this.questionId = question.id();
        this.firstOptionId = option.id();
        this.firstCorrect = option.correct();
        this.firstAnsweredAt = now;
        answerAgain(option, now);
    }

    void answerAgain(QuizOption option, Instant now) {
        this.lastOptionId = option.id();
        this.lastCorrect = option.correct();
        this.lastAnsweredAt = now;
        this.attempts++;
    }

    boolean isFor(String stepId, String questionId) {
        return this.stepId.equals(stepId) && this.questionId.equals(questionId);
    }

    public String getStepId() {
        return stepId;
    }

    public String getQuestionId() {
        return questionId;
    }

    public String getFirstOptionId() {
        return firstOptionId;
    }

    public boolean isFirstCorrect() {
        return firstCorrect;
    }

    public String getLastOptionId() {
        return lastOptionId;
    }

    public boolean isLastCorrect() {
        return lastCorrect;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getLastAnsweredAt() {
        return lastAnsweredAt;
    }
}
