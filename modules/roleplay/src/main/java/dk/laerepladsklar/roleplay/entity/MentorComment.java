package dk.laerepladsklar.roleplay.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A mentor's word on a released attempt of their mentee: kept with the attempt, shown to the student and teacher. */
@Embeddable
public class MentorComment {

    public static final int MAX_TEXT = 2000;

    @Column(name = "author_subject", nullable = false)
    private String authorSubject;

    @Column(name = "author_name")
    private String authorName;

    @Column(name = "comment_text", nullable = false, length = MAX_TEXT)
    private String text;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected MentorComment() {
    }

    MentorComment(String authorSubject, String authorName, String text, Instant writtenAt) {
        this.authorSubject = authorSubject;
        this.authorName = authorName;
        this.text = text;
        this.writtenAt = writtenAt;
    }

    public String getAuthorSubject() {
        return authorSubject;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getText() {
        return text;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
