package dk.laerepladsklar.kernel.activity;

import dk.laerepladsklar.lti.api.GradebookAccess;
import dk.laerepladsklar.lti.api.PlatformId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An activity placed in a course: created when a teacher picks it in Deep Linking, bound to the platform's
 * resource link at its first launch, and tied to its gradebook column when there is one.
 *
 * <p>Until that first launch a placement is <em>provisional</em>: the teacher may have cancelled the LMS's dialog
 * after picking, and then the LMS keeps no link and nothing will ever launch it. A provisional placement is shown
 * nowhere (not as a column of the class overview, not on a student's page) and is deleted when it stays unused for
 * {@link #PROVISIONAL_FOR} ({@code PlacementCleanup}).
 *
 * <p>A placement may be a <em>part</em> of another, its whole: a job-search week holds a teaching module, a role-play
 * and the career plan as parts. A part has no link of its own (it opens from its whole's pages by its id), is in the
 * same course on the same platform as its whole, is never provisional and goes when its whole goes (the database
 * deletes it with the whole). Its scores reach the gradebook only when it has a column of its own
 * ({@link #hasOwnColumn()}), made in its whole's column container. Parts do not nest: a part holds no parts.
 */
@Entity
@Table(name = "placement")
public class Placement {

    /** How long a placement made by Deep Linking waits for the first launch of its link before it is deleted. */
    public static final java.time.Duration PROVISIONAL_FOR = java.time.Duration.ofDays(30);

    @Id
    private UUID id;

    @Column(name = "platform_id", nullable = false)
    private UUID platformId;

    @Column(name = "context_id", nullable = false)
    private String contextId;

    @Column(name = "resource_link_id")
    private String resourceLinkId;

    @Column(name = "activity_type", nullable = false)
    private String activityType;

    @Column(name = "activity_key", nullable = false)
    private String activityKey;

    @Column(nullable = false)
    private String title;

    @Column(name = "score_maximum", nullable = false)
    private double scoreMaximum;

    @Column(name = "line_item_url", length = 1000)
    private String lineItemUrl;

    @Column(name = "line_items_url", length = 1000)
    private String lineItemsUrl;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /**
     * Whether the platform lets the tool post scores for this link, as its latest launch said (the AGS claim with
     * the score scope). Without it the gradebook outbox keeps nothing for the link: a score could never arrive.
     */
    @Column(name = "scores_allowed", nullable = false)
    private boolean scoresAllowed = true;

    /**
     * The teacher's choice to send points while students are still working, as a grade ("show points as they
     * grow"). Off by default: until an activity is complete its score goes as not yet graded, which Moodle shows
     * as "-" rather than a low number that reads as failed.
     */
    @Column(name = "growing_points_graded", nullable = false)
    private boolean growingPointsGraded;

    /** The whole this placement is a part of, or null for a placement of its own (a link in the LMS). */
    @Column(name = "part_of")
    private UUID partOf;

    /** A part's own column in the gradebook, besides its whole's (the teacher's choice; off by default). */
    @Column(name = "own_column", nullable = false)
    private boolean ownColumn;

    protected Placement() {
    }

    public Placement(PlatformId platform, String contextId, ActivityRef activity, String title, double scoreMaximum) {
        this.id = UUID.randomUUID();
        this.platformId = Objects.requireNonNull(platform, "platform").value();
        if (contextId == null || contextId.isBlank()) {
            throw new IllegalArgumentException("A placement belongs to a course");
        }
        this.contextId = contextId;
        this.activityType = activity.type();
        this.activityKey = activity.key();
        this.title = title == null || title.isBlank() ? activity.toString() : title;
        if (scoreMaximum <= 0) {
            throw new IllegalArgumentException("A placement needs a positive score maximum");
        }
        this.scoreMaximum = scoreMaximum;
        this.createdAt = Instant.now();
    }

    /**
     * A part of {@code whole}: same platform and course, no link of its own. The whole may still be provisional (a
     * week planned before its link was first launched): then the part goes with it if the whole is cleaned up.
     */
    public static Placement partOf(Placement whole, ActivityRef activity, String title, double scoreMaximum) {
        Objects.requireNonNull(whole, "whole");
        if (whole.isPart()) {
            throw new IllegalArgumentException("A part cannot hold parts: " + whole.getId() + " is a part itself");
        }
        Placement part = new Placement(whole.getPlatform(), whole.getContextId(), activity, title, scoreMaximum);
        part.partOf = whole.getId();
        return part;
    }

    /** Ties the placement to the platform's link at its first launch; a link, once bound, stays. */
    public void bindTo(String resourceLinkId) {
        if (partOf != null) {
            throw new IllegalStateException("Placement " + id + " is a part: it has no link of its own");
        }
        if (this.resourceLinkId == null) {
            this.resourceLinkId = resourceLinkId;
        } else if (!this.resourceLinkId.equals(resourceLinkId)) {
            throw new IllegalStateException("Placement " + id + " is bound to another link");
        }
    }

    /**
     * Made by Deep Linking and not launched yet: the LMS may never have kept it (see the class comment). A part is
     * never provisional: it needs no link, and it lives as long as its whole.
     */
    public boolean isProvisional() {
        return resourceLinkId == null && partOf == null;
    }

    /** Whether this placement is a part of a whole (see the class comment). */
    public boolean isPart() {
        return partOf != null;
    }

    /** The whole this placement is a part of; empty for a placement of its own. */
    public Optional<UUID> getPartOf() {
        return Optional.ofNullable(partOf);
    }

    /** Whether this part's scores go to a gradebook column of its own; a whole's go to its link's column anyway. */
    public boolean hasOwnColumn() {
        return ownColumn;
    }

    /**
     * The teacher's choice to give this part its own gradebook column. Turned off, the column the LMS may already
     * have stays there, but no further scores are sent to it; turned on again, the same column is used.
     */
    public void giveOwnColumn(boolean own) {
        if (partOf == null) {
            throw new IllegalStateException("Placement " + id + " is not a part: its column is its link's");
        }
        this.ownColumn = own;
    }

    /** Remembers where the gradebook column and the course's column container are, as the launch said. */
    public void useGradebook(String lineItemUrl, String lineItemsUrl) {
        if (lineItemUrl != null && !lineItemUrl.isBlank()) {
            this.lineItemUrl = lineItemUrl;
        }
        if (lineItemsUrl != null && !lineItemsUrl.isBlank()) {
            this.lineItemsUrl = lineItemsUrl;
        }
    }

    /**
     * Takes what a launch says about the gradebook: the column and container as {@link #useGradebook(String, String)},
     * whether scores may be posted, and whether the tool may make columns (without that scope the container is of
     * no use, so it is forgotten and a link without a column has nowhere to send scores).
     *
     * @param ags the launch's AGS claim, or null when the launch carried none (no gradebook service at all)
     */
    public void useGradebook(GradebookAccess ags) {
        lineItemUrl = lineItemAfter(ags);
        lineItemsUrl = lineItemsAfter(ags);
        scoresAllowed = ags != null && ags.canPublishScores();
    }

    /** Whether this placement already holds what the launch says about the gradebook (nothing to write). */
    public boolean holds(GradebookAccess ags) {
        return Objects.equals(lineItemUrl, lineItemAfter(ags)) && Objects.equals(lineItemsUrl, lineItemsAfter(ags))
                && scoresAllowed == (ags != null && ags.canPublishScores());
    }

    private String lineItemAfter(GradebookAccess ags) {
        return ags == null || ags.lineItem() == null || ags.lineItem().isBlank() ? lineItemUrl : ags.lineItem();
    }

    private String lineItemsAfter(GradebookAccess ags) {
        if (ags == null || !ags.canManageLineItems()) {
            return null;
        }
        return ags.lineItems() == null || ags.lineItems().isBlank() ? lineItemsUrl : ags.lineItems();
    }

    /** The teacher's "show points as they grow" setting for this link. */
    public void gradeGrowingPoints(boolean graded) {
        this.growingPointsGraded = graded;
    }

    public boolean isGrowingPointsGraded() {
        return growingPointsGraded;
    }

    public boolean isScoresAllowed() {
        return scoresAllowed;
    }

    public UUID getId() {
        return id;
    }

    public PlatformId getPlatform() {
        return new PlatformId(platformId);
    }

    public String getContextId() {
        return contextId;
    }

    public String getResourceLinkId() {
        return resourceLinkId;
    }

    public ActivityRef getActivity() {
        return new ActivityRef(activityType, activityKey);
    }

    public String getTitle() {
        return title;
    }

    public double getScoreMaximum() {
        return scoreMaximum;
    }

    public String getLineItemUrl() {
        return lineItemUrl;
    }

    public String getLineItemsUrl() {
        return lineItemsUrl;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
