package dk.laerepladsklar.roleplay.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.UUID;

/** The answer to one prompt: a recording in the media store (by id) or typed words, never both. */
@Embeddable
public class AttemptAnswer {

    @Column(name = "prompt_id", nullable = false, length = 80)
    private String promptId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AnswerMode mode;

    @Column(name = "media_id")
    private UUID mediaId;

    @Column(name = "typed_text", length = 2000)
    private String text;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected AttemptAnswer() {
    }

    AttemptAnswer(String promptId, AnswerMode mode, UUID mediaId, String text, Instant answeredAt) {
        this.promptId = promptId;
        this.mode = mode;
        this.mediaId = mediaId;
        this.text = text;
        this.answeredAt = answeredAt;
    }

    public String getPromptId() {
        return promptId;
    }

    public AnswerMode getMode() {
        return mode;
    }

    public UUID getMediaId() {
        return mediaId;
    }

    public String getText() {
        return text;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public boolean isRecording() {
        return mediaId != null;
    }
}
