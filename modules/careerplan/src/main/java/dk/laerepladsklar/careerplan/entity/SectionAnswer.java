package dk.laerepladsklar.careerplan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;

/** What the student has written, or said, in one section: words, a voice recording in the media store, or both. */
@Embeddable
public class SectionAnswer {

    @Column(name = "answer_text", length = CareerPlan.MAX_TEXT)
    private String text;

    @Column(name = "voice_media_id")
    private UUID voiceMediaId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SectionAnswer() {
    }

    SectionAnswer(String text, UUID voiceMediaId, Instant updatedAt) {
        this.text = text;
        this.voiceMediaId = voiceMediaId;
        this.updatedAt = updatedAt;
    }

    public String getText() {
        return text == null ? "" : text;
    }

    public UUID getVoiceMediaId() {
        return voiceMediaId;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public boolean isAnswered() {
        return !getText().isBlank() || voiceMediaId != null;
    }
}
