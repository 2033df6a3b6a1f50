package dk.laerepladsklar.careerplan.entity;

import dk.laerepladsklar.kernel.media.MediaKind;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.lti.api.PlatformId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * "Min profil": the one page a student shows companies, built from their career plan and written only by them. It
 * holds only what shows the student at their best: up to three strengths with an example each, the trade and area
 * they seek in, how to reach them (the phone or e-mail they choose to show), and a photo or short film of their work.
 *
 * <p>Weaknesses and support needs can never be part of it: there is no field for them, a draft made from the plan
 * takes only its strengths, trade and area, and words copied from the plan's "what I want to get better at" or "the
 * support I need" are refused ({@code PROFILE_SENSITIVE_TEXT}). The student publishes and withdraws it at any time;
 * withdrawing closes every shared link ({@link ProfileLink}).
 */
@Entity
@Table(name = "career_profile")
public class CareerProfile {

    public static final int MAX_STRENGTHS = 3;
    public static final int MAX_STRENGTH = 200;
    public static final int MAX_EXAMPLE = 500;
    public static final int MAX_NAME = 120;
    public static final int MAX_CONTACT = 300;
    /** A phone number, an e-mail and a sentence: three lines are enough. */
    public static final int MAX_CONTACT_LINES = 3;
    /** A sentence of the plan's sensitive sections this long or longer may not appear in the profile. */
    static final int SENSITIVE_MIN = 12;
    /** The plan's parts that never leave it for a company: weaknesses (what to get better at) and support needs. */
    public static final Set<PlanSection> NEVER_IN_PROFILE = Collections.unmodifiableSet(
            EnumSet.of(PlanSection.IMPROVE, PlanSection.SUPPORT));

    @Id
    private UUID id;

    @Column(name = "platform_id", nullable = false)
    private UUID platformId;

    @Column(name = "student_subject", nullable = false)
    private String studentSubject;

    @Column(name = "plan_id", nullable = false)
    private UUID planId;

    @Column(name = "shown_name", length = MAX_NAME)
    private String shownName;

    @Column(length = CareerPlan.MAX_FIELD)
    private String trade;

    @Column(length = CareerPlan.MAX_FIELD)
    private String area;

    @Column(length = MAX_CONTACT)
    private String contact;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "career_profile_strength", joinColumns = @JoinColumn(name = "profile_id"))
    @OrderColumn(name = "position")
    private List<ProfileStrength> strengths = new ArrayList<>();

    @Column(name = "work_media_id")
    private UUID workMediaId;

    @Enumerated(EnumType.STRING)
    @Column(name = "work_kind", length = 8)
    private MediaKind workKind;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CareerProfile() {
    }

    /**
     * A first draft from the plan: the trade and area it seeks in, and the name the school's LMS gave. Only that: the
     * strengths are written for companies on purpose, and nothing else of the plan is taken.
     */
    public static CareerProfile draftFrom(CareerPlan plan, Instant now) {
        CareerProfile profile = new CareerProfile();
        profile.id = UUID.randomUUID();
        profile.platformId = plan.student().platform().value();
        profile.studentSubject = plan.student().subject();
        profile.planId = plan.getId();
        profile.shownName = clip(plan.getStudentName(), MAX_NAME);
        profile.trade = emptyToNull(plan.getTrade());
        profile.area = emptyToNull(plan.getArea());
        profile.createdAt = now;
        profile.updatedAt = now;
        return profile;
    }

    /**
     * Replaces what the profile says. Refused as a whole (nothing changed) when a field is too long or has line breaks
     * where one line is asked for, a strength has no example, there are more than three, or it repeats words of the
     * plan's sensitive sections.
     */
    public void edit(ProfileContent content, PlanSnapshot plan, Instant now) {
        Objects.requireNonNull(content, "content");
        String name = oneLine(content.shownName(), MAX_NAME);
        String t = oneLine(content.trade(), CareerPlan.MAX_FIELD);
        String a = oneLine(content.area(), CareerPlan.MAX_FIELD);
        String c = CareerPlan.normalise(content.contact());
        if (c.length() > MAX_CONTACT || c.lines().count() > MAX_CONTACT_LINES) {
            throw new PlanRefused("PROFILE_CONTACT_TOO_LONG");
        }
        List<ProfileStrength> kept = new ArrayList<>();
        for (ProfileContent.Strength s : content.strengths()) {
            String strength = oneLine(s.strength(), MAX_STRENGTH);
            String example = CareerPlan.normalise(s.example());
            if (example.length() > MAX_EXAMPLE) {
                throw new PlanRefused("PROFILE_FIELD_TOO_LONG");
            }
            if (strength.isEmpty() && example.isEmpty()) {
                continue;
            }
            if (strength.isEmpty()) {
                throw new PlanRefused("PROFILE_STRENGTH_MISSING");
            }
            if (example.isEmpty()) {
                throw new PlanRefused("PROFILE_EXAMPLE_MISSING");
            }
            kept.add(new ProfileStrength(strength, example));
        }
        if (kept.size() > MAX_STRENGTHS) {
            throw new PlanRefused("PROFILE_TOO_MANY_STRENGTHS");
        }
        List<String> words = new ArrayList<>(List.of(name, t, a, c));
        kept.forEach(s -> {
            words.add(s.getStrength());
            words.add(s.getExample());
        });
        if (repeatsSensitive(words, plan)) {
            throw new PlanRefused("PROFILE_SENSITIVE_TEXT");
        }
        this.shownName = emptyToNull(name);
        this.trade = emptyToNull(t);
        this.area = emptyToNull(a);
        this.contact = emptyToNull(c);
        this.strengths.clear();
        this.strengths.addAll(kept);
        this.updatedAt = now;
    }

    /** Shows the profile to those the student shares it with; refused until it says enough to be worth showing. */
    public void publish(Instant now) {
        if (strengths.isEmpty()) {
            throw new PlanRefused("PROFILE_NEEDS_A_STRENGTH");
        }
        if (getTrade().isEmpty()) {
            throw new PlanRefused("PROFILE_NEEDS_TRADE");
        }
        if (getContact().isEmpty()) {
            throw new PlanRefused("PROFILE_NEEDS_CONTACT");
        }
        if (!published) {
            published = true;
            publishedAt = now;
            withdrawnAt = null;
            updatedAt = now;
        }
    }

    /** Takes the profile back; the caller revokes every open link in the same transaction. True when it was out. */
    public boolean withdraw(Instant now) {
        if (!published) {
            return false;
        }
        published = false;
        withdrawnAt = now;
        updatedAt = now;
        return true;
    }

    /** The photo or film of the student's work; returns the file it replaces (for the caller to delete), if any. */
    public Optional<UUID> showWork(UUID mediaId, MediaKind kind, Instant now) {
        Objects.requireNonNull(mediaId, "media id");
        if (kind != MediaKind.IMAGE && kind != MediaKind.VIDEO) {
            throw new PlanRefused("PROFILE_WORK_NOT_PHOTO_OR_FILM");
        }
        UUID old = workMediaId;
        workMediaId = mediaId;
        workKind = kind;
        updatedAt = now;
        return Optional.ofNullable(old).filter(o -> !o.equals(mediaId));
    }

    /** Removes the photo or film; returns the file to delete, if there was one. */
    public Optional<UUID> removeWork(Instant now) {
        UUID old = workMediaId;
        workMediaId = null;
        workKind = null;
        if (old != null) {
            updatedAt = now;
        }
        return Optional.ofNullable(old);
    }

    /** Whether a sentence of the plan's sensitive parts (what to get better at, support needs) is in these words. */
    static boolean repeatsSensitive(List<String> words, PlanSnapshot plan) {
        if (plan == null) {
            return false;
        }
        String profile = simple(String.join("\n", words));
        for (PlanSection section : NEVER_IN_PROFILE) {
            for (String sentence : plan.text(section).split("[.!?\\n]+")) {
                String s = simple(sentence);
                if (s.length() >= SENSITIVE_MIN && profile.contains(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String simple(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}]+", " ").strip();
    }

    private static String oneLine(String text, int max) {
        String words = CareerPlan.normalise(text);
        if (words.length() > max || words.contains("\n")) {
            throw new PlanRefused("PROFILE_FIELD_TOO_LONG");
        }
        return words;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static String clip(String text, int max) {
        return text == null ? null : text.length() > max ? text.substring(0, max) : text;
    }

    public StudentRef student() {
        return new StudentRef(new PlatformId(platformId), studentSubject);
    }

    public UUID getId() {
        return id;
    }

    public UUID getPlanId() {
        return planId;
    }

    public String getShownName() {
        return shownName == null ? "" : shownName;
    }

    public String getTrade() {
        return trade == null ? "" : trade;
    }

    public String getArea() {
        return area == null ? "" : area;
    }

    public String getContact() {
        return contact == null ? "" : contact;
    }

    public List<ProfileStrength> getStrengths() {
        return Collections.unmodifiableList(strengths);
    }

    public UUID getWorkMediaId() {
        return workMediaId;
    }

    public MediaKind getWorkKind() {
        return workKind;
    }

    public boolean isPublished() {
        return published;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
