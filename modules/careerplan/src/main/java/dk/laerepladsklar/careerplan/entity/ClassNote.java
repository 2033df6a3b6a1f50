package dk.laerepladsklar.careerplan.entity;

import dk.laerepladsklar.lti.api.PlatformId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Group guidance: a teacher's note to a section for the whole class of a course ("Husk at skrive et eksempel fra
 * værkstedet"), shown to each student of that course beside the section. It is the course's, not a student's.
 */
@Entity
@Table(name = "career_plan_class_note")
public class ClassNote {

    public static final int MAX_TEXT = 1000;

    @Id
    private UUID id;

    @Column(name = "platform_id", nullable = false)
    private UUID platformId;

    @Column(name = "context_id", nullable = false)
    private String contextId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PlanSection section;

    @Column(name = "author_subject", nullable = false)
    private String authorSubject;

    @Column(name = "author_name", length = CareerPlan.MAX_NAME)
    private String authorName;

    @Column(name = "note_text", nullable = false, length = MAX_TEXT)
    private String text;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected ClassNote() {
    }

    public ClassNote(PlatformId platform, String contextId, PlanSection section, String authorSubject,
                     String authorName, String text, Instant now) {
        String words = CareerPlan.normalise(text);
        if (words.isEmpty()) {
            throw new PlanRefused("PLAN_COMMENT_MISSING");
        }
        if (words.length() > MAX_TEXT) {
            throw new PlanRefused("PLAN_COMMENT_TOO_LONG");
        }
        this.id = UUID.randomUUID();
        this.platformId = Objects.requireNonNull(platform, "platform").value();
        this.contextId = Objects.requireNonNull(contextId, "course");
        this.section = Objects.requireNonNull(section, "section");
        this.authorSubject = Objects.requireNonNull(authorSubject, "author");
        this.authorName = authorName;
        this.text = words;
        this.writtenAt = now;
    }

    public UUID getId() {
        return id;
    }

    public PlanSection getSection() {
        return section;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAuthorSubject() {
        return authorSubject;
    }

    public String getText() {
        return text;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getContextId() {
        return contextId;
    }
}
