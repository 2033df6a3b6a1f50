package dk.laerepladsklar.apprenticeship.entity;

import dk.laerepladsklar.kernel.personaldata.StudentRef;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A colleague's note about one student of a school ("Talte med Ali og hans far om at skrive sig op; vi aftalte at han
 * sender tre ansøgninger inden fredag"): who wrote it, when, and the text. Notes are for the school's staff; a note
 * marked for mentors is also shown to the student's mentors (who see nothing else of the staff's notes).
 */
@Entity
@Table(name = "apprenticeship_student_note")
public class StudentNote {

    public static final int MAX_TEXT = Texts.NOTES;

    @Id
    private UUID id;

    @Column(name = "platform_id", nullable = false)
    private UUID platformId;

    @Column(name = "student_subject", nullable = false)
    private String studentSubject;

    @Column(name = "author_subject", nullable = false)
    private String authorSubject;

    @Column(name = "author_name", length = Texts.NAME)
    private String authorName;

    @Column(name = "note_text", nullable = false, length = MAX_TEXT)
    private String text;

    @Column(name = "for_mentors", nullable = false)
    private boolean forMentors;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected StudentNote() {
    }

    public StudentNote(StudentRef student, String authorSubject, String authorName, String text, boolean forMentors,
                       Instant now) {
        this.text = Texts.clean(text, MAX_TEXT, "NOTE", true);
        this.id = UUID.randomUUID();
        this.platformId = student.platform().value();
        this.studentSubject = student.subject();
        this.authorSubject = Objects.requireNonNull(authorSubject, "author");
        this.authorName = Author.name(authorName);
        this.forMentors = forMentors;
        this.writtenAt = Objects.requireNonNull(now, "now");
    }

    public UUID getId() {
        return id;
    }

    public String getStudentSubject() {
        return studentSubject;
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

    public boolean isForMentors() {
        return forMentors;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
