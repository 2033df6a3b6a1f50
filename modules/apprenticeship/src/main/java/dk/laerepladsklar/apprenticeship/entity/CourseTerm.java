package dk.laerepladsklar.apprenticeship.entity;

import dk.laerepladsklar.lti.api.PlatformId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A course's term as staff set it: the department it belongs to and when its GF2 ends. Students without an agreement
 * must be registered as seeking on lærepladsen.dk no later than 8 weeks before GF2 ends: {@link #seekingDeadline()}.
 */
@Entity
@Table(name = "apprenticeship_course_term")
public class CourseTerm {

    /** The rule: registered as seeking no later than 8 weeks before the end of GF2. */
    public static final int WEEKS_BEFORE_GF2_END = 8;

    @Id
    private UUID id;

    @Column(name = "platform_id", nullable = false)
    private UUID platformId;

    @Column(name = "context_id", nullable = false)
    private String contextId;

    @Column(name = "department_name", length = Texts.DEPARTMENT)
    private String departmentName;

    @Column(name = "gf2_ends_on", nullable = false)
    private LocalDate gf2EndsOn;

    @Column(name = "set_by", nullable = false)
    private String setBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CourseTerm() {
    }

    public CourseTerm(PlatformId platform, String contextId, String departmentName, LocalDate gf2EndsOn, String by,
                      LocalDate today, Instant now) {
        this.id = UUID.randomUUID();
        this.platformId = platform.value();
        this.contextId = Objects.requireNonNull(contextId, "course");
        set(departmentName, gf2EndsOn, by, today, now);
    }

    /** New term details; an end of GF2 more than two years from today is a typo. */
    public void set(String departmentName, LocalDate gf2EndsOn, String by, LocalDate today, Instant now) {
        if (gf2EndsOn == null) {
            throw new ApprenticeshipRefused("GF2_END_MISSING");
        }
        if (gf2EndsOn.isBefore(today.minusYears(2)) || gf2EndsOn.isAfter(today.plusYears(2))) {
            throw new ApprenticeshipRefused("GF2_END_TOO_FAR");
        }
        this.departmentName = Texts.clean(departmentName, Texts.DEPARTMENT, "DEPARTMENT", false);
        this.gf2EndsOn = gf2EndsOn;
        this.setBy = Objects.requireNonNull(by, "by");
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    /** The last day to be registered as seeking on lærepladsen.dk: GF2's end minus 8 weeks. */
    public LocalDate seekingDeadline() {
        return gf2EndsOn.minusWeeks(WEEKS_BEFORE_GF2_END);
    }

    public UUID getId() {
        return id;
    }

    public UUID getPlatformId() {
        return platformId;
    }

    public String getContextId() {
        return contextId;
    }

    public String getDepartmentName() {
        return departmentName;
    }

    public LocalDate getGf2EndsOn() {
        return gf2EndsOn;
    }

    public String getSetBy() {
        return setBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
