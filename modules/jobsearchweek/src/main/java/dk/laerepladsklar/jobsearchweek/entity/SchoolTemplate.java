package dk.laerepladsklar.jobsearchweek.entity;

import dk.laerepladsklar.lti.api.PlatformId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A school's own template: a week's programme saved for the school (the platform) by one of its teachers, as JSON
 * in the same shape as the shipped templates. It holds no dates and no students.
 */
@Entity
@Table(name = "job_search_week_template")
public class SchoolTemplate {

    /** Far more than a full week's programme needs; a cap so a forged save cannot fill the database. */
    public static final int MAX_PROGRAMME = 200_000;

    @Id
    private UUID id;

    @Column(name = "platform_id", nullable = false)
    private UUID platformId;

    @Column(nullable = false, length = WeekTexts.MAX_TITLE)
    private String name;

    @Column(name = "programme_json", nullable = false, length = MAX_PROGRAMME)
    private String programme;

    @Column(name = "saved_by", nullable = false)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected SchoolTemplate() {
    }

    public SchoolTemplate(PlatformId platform, String name, String programmeJson, String savedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.platformId = Objects.requireNonNull(platform, "platform").value();
        this.name = WeekTexts.required(name, WeekTexts.MAX_TITLE, "TEMPLATE_NAME");
        if (programmeJson == null || programmeJson.length() > MAX_PROGRAMME) {
            throw new WeekRefused("TEMPLATE_TOO_LARGE");
        }
        this.programme = programmeJson;
        this.savedBy = Objects.requireNonNull(savedBy, "saved by");
        this.savedAt = Objects.requireNonNull(now, "now");
    }

    public UUID getId() {
        return id;
    }

    public PlatformId getPlatform() {
        return new PlatformId(platformId);
    }

    public String getName() {
        return name;
    }

    public String getProgrammeJson() {
        return programme;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
