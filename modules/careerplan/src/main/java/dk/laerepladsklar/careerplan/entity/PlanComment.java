package dk.laerepladsklar.careerplan.entity;

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
 * A comment beside one section of one sent version (or on the plan as a whole when the section is null), signed with
 * its author's name and role. Comments are separate from the plan: nobody but the student ever changes the plan.
 */
@Entity
@Table(name = "career_plan_comment")
public class PlanComment {

    public static final int MAX_TEXT = 2000;

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false)
    private UUID planId;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private PlanSection section;

    @Column(name = "author_subject", nullable = false)
    private String authorSubject;

    @Column(name = "author_name", length = CareerPlan.MAX_NAME)
    private String authorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_role", nullable = false, length = 16)
    private CommentAuthor authorRole;

    @Column(name = "comment_text", nullable = false, length = MAX_TEXT)
    private String text;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected PlanComment() {
    }

    /** A comment on a version the student has sent; refused when blank, too long, or the version is not (yet) sent. */
    public PlanComment(CareerPlan plan, int versionNumber, PlanSection section, String authorSubject, String authorName,
                       CommentAuthor role, String text, Instant now) {
        Objects.requireNonNull(plan, "plan");
        if (versionNumber < 1 || versionNumber > plan.getVersionsSent()) {
            throw new PlanRefused("PLAN_NOT_SENT");
        }
        String words = CareerPlan.normalise(text);
        if (words.isEmpty()) {
            throw new PlanRefused("PLAN_COMMENT_MISSING");
        }
        if (words.length() > MAX_TEXT) {
            throw new PlanRefused("PLAN_COMMENT_TOO_LONG");
        }
        this.id = UUID.randomUUID();
        this.planId = plan.getId();
        this.versionNumber = versionNumber;
        this.section = section;
        this.authorSubject = Objects.requireNonNull(authorSubject, "author");
        this.authorName = authorName == null || authorName.length() <= CareerPlan.MAX_NAME
                ? authorName : authorName.substring(0, CareerPlan.MAX_NAME);
        this.authorRole = Objects.requireNonNull(role, "role");
        this.text = words;
        this.writtenAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getPlanId() {
        return planId;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    /** Null for a comment on the plan as a whole. */
    public PlanSection getSection() {
        return section;
    }

    public String getAuthorSubject() {
        return authorSubject;
    }

    public String getAuthorName() {
        return authorName;
    }

    public CommentAuthor getAuthorRole() {
        return authorRole;
    }

    public String getText() {
        return text;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
