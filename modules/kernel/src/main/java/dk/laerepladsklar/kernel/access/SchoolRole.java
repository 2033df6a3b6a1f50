package dk.laerepladsklar.kernel.access;

import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.lti.api.PlatformId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A role a school's LMS administrator granted to an LMS user of that school (platform), beyond what any launch says.
 * The LMS knows a course's teachers and students; it does not know the school's apprenticeship consultant, who follows
 * every student of the school and is usually a teacher somewhere, so the school says so here. A grant holds on that
 * platform only: the same LMS user id at another school is another person.
 */
@Entity
@Table(name = "school_role")
public class SchoolRole {

    /** The roles a school can grant. */
    public enum Kind {
        /** The apprenticeship consultant (praktikpladskonsulent): follows every student of the school. */
        CONSULTANT
    }

    /** The longest name kept for a grant (a person's name as the LMS or the administrator gives it). */
    public static final int MAX_NAME = 120;

    @Id
    private UUID id;

    @Column(name = "platform_id", nullable = false)
    private UUID platformId;

    @Column(nullable = false, length = StudentRef.MAX_SUBJECT)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Kind kind;

    @Column(name = "display_name", nullable = false, length = MAX_NAME)
    private String displayName;

    /** The administrator's LMS user id; null once that person's data was erased. */
    @Column(name = "granted_by_subject", length = StudentRef.MAX_SUBJECT)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected SchoolRole() {
    }

    /**
     * @param person    who gets the role: an LMS user of the school
     * @param name      how the school's pages show them (1 to {@value #MAX_NAME} characters, no control characters)
     * @param grantedBy the administrator's LMS user id on the same platform
     */
    public SchoolRole(StudentRef person, Kind kind, String name, String grantedBy, Instant grantedAt) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(grantedAt, "granted at");
        if (!isName(name)) {
            throw new IllegalArgumentException("A name of 1 to " + MAX_NAME + " characters");
        }
        if (!StudentRef.isSubject(grantedBy)) {
            throw new IllegalArgumentException("Granted by an LMS user");
        }
        this.id = UUID.randomUUID();
        this.platformId = person.platform().value();
        this.subject = person.subject();
        this.kind = kind;
        this.displayName = name.strip();
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    /** Not blank, at most {@value #MAX_NAME} characters once stripped, no control characters. */
    public static boolean isName(String name) {
        return name != null && !name.isBlank() && name.strip().length() <= MAX_NAME
                && name.codePoints().noneMatch(Character::isISOControl);
    }

    /** The administrator's data was erased: the grant stays, without saying who made it. */
    void forgetGranter() {
        grantedBy = null;
    }

    public UUID getId() {
        return id;
    }

    public PlatformId getPlatform() {
        return new PlatformId(platformId);
    }

    public String getSubject() {
        return subject;
    }

    public StudentRef person() {
        return new StudentRef(getPlatform(), subject);
    }

    public Kind getKind() {
        return kind;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Optional<String> grantedBy() {
        return Optional.ofNullable(grantedBy);
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }
}
