package dk.laerepladsklar.roleplay.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step of the path a student took: the node, the answer picked, and their own words only if they typed some. */
@Entity
@Table(name = "roleplay_practice_step")
public class PracticeStep {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "practice_id")
    private Practice practice;

    @Column(nullable = false)
    private int position;

    @Column(name = "node_id", nullable = false, length = 80)
    private String nodeId;

    @Column(name = "answer_id", nullable = false, length = 80)
    private String answerId;

    @Column(name = "typed_text", length = Choice.MAX_TYPED)
    private String typedText;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected PracticeStep() {
    }

    PracticeStep(Practice practice, int position, Choice choice, Instant at) {
        this.id = UUID.randomUUID();
        this.practice = practice;
        this.position = position;
        this.nodeId = choice.nodeId();
        this.answerId = choice.answerId();
        this.typedText = choice.typedText();
        this.answeredAt = at;
    }

    public Choice choice() {
        return new Choice(nodeId, answerId, typedText);
    }

    public int getPosition() {
        return position;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
