package dk.laerepladsklar.careerplan.entity;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A student's career plan: one per student per school (platform), across courses and years, so a new course picks up
 * the plan the student already has. Only the student writes it; teachers, the consultant and the mentor comment
 * beside it and give a verdict on a version the student has sent.
 *
 * <p>The state tells the class view where the plan stands. {@link PlanState#DRAFT} is a plan never sent; after the
 * first send the state is the verdict on the latest sent version, and {@link #hasUnsentChanges()} says whether the
 * student has written on since.
 */
@Entity
@Table(name = "career_plan")
public class CareerPlan {

    /** Per section: a page of text is more than a plan needs, and a bound keeps a hostile post small. */
    public static final int MAX_TEXT = 4000;
    public static final int MAX_STEPS = 20;
    public static final int MAX_STEP_TEXT = 300;
    /** Trade and area (the profile and the consultant's catalogue filter on the trade). */
    public static final int MAX_FIELD = 120;
    public static final int MAX_NAME = 255;

    @Id
    private UUID id;

    @Column(name = "platform_id", nullable = false)
    private UUID platformId;

    @Column(name = "student_subject", nullable = false)
    private String studentSubject;

    @Column(name = "student_name", length = MAX_NAME)
    private String studentName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PlanState state = PlanState.NOT_STARTED;

    @Column(name = "unsent_changes", nullable = false)
    private boolean unsentChanges;

    @Column(name = "support_shared", nullable = false)
    private boolean supportShared;

    @Column(length = MAX_FIELD)
    private String trade;

    @Column(length = MAX_FIELD)
    private String area;

    @Column(name = "versions_sent", nullable = false)
    private int versionsSent;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "career_plan_answer", joinColumns = @JoinColumn(name = "plan_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "section", length = 16)
    private Map<PlanSection, SectionAnswer> answers = new EnumMap<>(PlanSection.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "career_plan_step", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<NextStep> steps = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CareerPlan() {
    }

    public CareerPlan(StudentRef student, String studentName, Instant now) {
        Objects.requireNonNull(student, "student");
        this.id = UUID.randomUUID();
        this.platformId = student.platform().value();
        this.studentSubject = student.subject();
        this.studentName = clip(studentName, MAX_NAME);
        this.createdAt = now;
        this.updatedAt = now;
    }

    // --- what the student writes ------------------------------------------------------------------------------------

    /** Sets a section's words (blank clears them); a voice answer in the section stays. */
    public void write(PlanSection section, String text, Instant now) {
        Objects.requireNonNull(section, "section");
        String words = normalise(text);
        if (words.length() > MAX_TEXT) {
            throw new PlanRefused("PLAN_TEXT_TOO_LONG");
        }
        SectionAnswer old = answers.get(section);
        if (old != null && old.getText().equals(words)) {
            return;
        }
        answers.put(section, new SectionAnswer(words, old == null ? null : old.getVoiceMediaId(), now));
        touched(now);
    }

    /** Keeps a voice answer in the section; returns the recording it replaces (for the caller to delete), if any. */
    public Optional<UUID> attachVoice(PlanSection section, UUID mediaId, Instant now) {
        Objects.requireNonNull(mediaId, "media id");
        SectionAnswer old = answers.get(section);
        answers.put(section, new SectionAnswer(old == null ? "" : old.getText(), mediaId, now));
        touched(now);
        return old == null ? Optional.empty() : Optional.ofNullable(old.getVoiceMediaId()).filter(m -> !m.equals(mediaId));
    }

    /** Removes the section's voice answer; returns the recording to delete, if there was one. */
    public Optional<UUID> removeVoice(PlanSection section, Instant now) {
        SectionAnswer old = answers.get(section);
        if (old == null || old.getVoiceMediaId() == null) {
            return Optional.empty();
        }
        answers.put(section, new SectionAnswer(old.getText(), null, now));
        touched(now);
        return Optional.of(old.getVoiceMediaId());
    }

    /** What the student seeks: the trade and the area (free words, e.g. "Tømrer", "Aarhus og 40 km omkring"). */
    public void seek(String trade, String area, Instant now) {
        String t = normalise(trade);
        String a = normalise(area);
        if (t.length() > MAX_FIELD || a.length() > MAX_FIELD || t.contains("\n") || a.contains("\n")) {
            throw new PlanRefused("PLAN_FIELD_TOO_LONG");
        }
        if (t.equals(getTrade()) && a.equals(getArea())) {
            return;
        }
        this.trade = t.isEmpty() ? null : t;
        this.area = a.isEmpty() ? null : a;
        touched(now);
    }

    /** Adds a next step with a date; returns its id. */
    public String addStep(String text, LocalDate due, Instant now) {
        if (steps.size() >= MAX_STEPS) {
            throw new PlanRefused("PLAN_TOO_MANY_STEPS");
        }
        String id = UUID.randomUUID().toString();
        steps.add(new NextStep(id, checkedStepText(text), checkedDue(due)));
        touched(now);
        return id;
    }

    public void changeStep(String stepId, String text, LocalDate due, Instant now) {
        step(stepId).change(checkedStepText(text), checkedDue(due));
        touched(now);
    }

    public void completeStep(String stepId, Instant now) {
        NextStep step = step(stepId);
        if (!step.isDone()) {
            step.done(now);
            touched(now);
        }
    }

    public void reopenStep(String stepId, Instant now) {
        NextStep step = step(stepId);
        if (step.isDone()) {
            step.reopen();
            touched(now);
        }
    }

    public void removeStep(String stepId, Instant now) {
        steps.remove(step(stepId));
        touched(now);
    }

    /** The student's choice to let teacher, consultant and mentor read the support section. Not a change to send. */
    public void shareSupport(boolean shared) {
        this.supportShared = shared;
    }

    // --- sending and the verdict ------------------------------------------------------------------------------------

    /**
     * Sends the plan as it stands for feedback: a new version, kept whole. Refused when there is nothing written, or
     * when nothing has changed since the last version (sending the same plan twice tells the teacher nothing).
     */
    public PlanVersion send(Instant now) {
        if (!hasContent()) {
            throw new PlanRefused("PLAN_EMPTY");
        }
        if (versionsSent > 0 && !unsentChanges) {
            throw new PlanRefused("PLAN_UNCHANGED");
        }
        versionsSent++;
        state = PlanState.SENT;
        unsentChanges = false;
        updatedAt = now;
        return new PlanVersion(this, versionsSent, snapshot(), now);
    }

    /** A teacher asks for changes to the latest sent version. */
    public void askForChanges(PlanVersion latest, String reviewerSubject, Instant now) {
        verdict(latest, PlanVersion.Verdict.CHANGES_ASKED, reviewerSubject, now);
        state = PlanState.NEEDS_CHANGES;
    }

    /** A teacher approves the latest sent version. */
    public void approve(PlanVersion latest, String reviewerSubject, Instant now) {
        verdict(latest, PlanVersion.Verdict.APPROVED, reviewerSubject, now);
        state = PlanState.APPROVED;
    }

    private void verdict(PlanVersion latest, PlanVersion.Verdict verdict, String reviewer, Instant now) {
        if (state != PlanState.SENT || latest == null || !latest.getPlanId().equals(id)
                || latest.getNumber() != versionsSent) {
            throw new PlanRefused("PLAN_NOT_SENT");
        }
        latest.judge(verdict, reviewer, now);
        updatedAt = now;
    }

    // --- reading ----------------------------------------------------------------------------------------------------

    /** The plan as it stands, whole (support needs included: who may read them is the reader's question). */
    public PlanSnapshot snapshot() {
        Map<PlanSection, PlanSnapshot.Part> parts = new EnumMap<>(PlanSection.class);
        answers.forEach((section, answer) -> {
            if (answer.isAnswered()) {
                parts.put(section, new PlanSnapshot.Part(answer.getText(), answer.getVoiceMediaId()));
            }
        });
        List<PlanSnapshot.Step> stepList = steps.stream()
                .map(s -> new PlanSnapshot.Step(s.getText(), s.getDue(), s.isDone()))
                .toList();
        return new PlanSnapshot(parts, stepList, getTrade(), getArea());
    }

    public boolean hasContent() {
        return answers.values().stream().anyMatch(SectionAnswer::isAnswered) || !steps.isEmpty()
                || !getTrade().isEmpty() || !getArea().isEmpty();
    }

    public List<NextStep> overdueSteps(LocalDate today) {
        return steps.stream().filter(s -> s.isOverdue(today)).toList();
    }

    public Optional<SectionAnswer> answer(PlanSection section) {
        return Optional.ofNullable(answers.get(section));
    }

    public StudentRef student() {
        return new StudentRef(new PlatformId(platformId), studentSubject);
    }

    public UUID getId() {
        return id;
    }

    public PlanState getState() {
        return state;
    }

    public boolean hasUnsentChanges() {
        return unsentChanges;
    }

    public boolean isSupportShared() {
        return supportShared;
    }

    public String getTrade() {
        return trade == null ? "" : trade;
    }

    public String getArea() {
        return area == null ? "" : area;
    }

    public int getVersionsSent() {
        return versionsSent;
    }

    public List<NextStep> getSteps() {
        return Collections.unmodifiableList(steps);
    }

    public String getStudentName() {
        return studentName;
    }

    public void knownAs(String name) {
        if (name != null && !name.isBlank()) {
            this.studentName = clip(name, MAX_NAME);
        }
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    // --- rules ------------------------------------------------------------------------------------------------------

    private void touched(Instant now) {
        updatedAt = now;
        if (state == PlanState.NOT_STARTED) {
            state = PlanState.DRAFT;
        }
        if (versionsSent > 0) {
            unsentChanges = true;
        }
    }

    private NextStep step(String stepId) {
        return steps.stream().filter(s -> s.getId().equals(stepId)).findFirst()
                .orElseThrow(() -> new PlanRefused("PLAN_UNKNOWN_STEP"));
    }

    private static String checkedStepText(String text) {
        String words = normalise(text);
        if (words.isEmpty()) {
            throw new PlanRefused("PLAN_STEP_TEXT_MISSING");
        }
        if (words.length() > MAX_STEP_TEXT || words.contains("\n")) {
            throw new PlanRefused("PLAN_STEP_TEXT_TOO_LONG");
        }
        return words;
    }

    private static LocalDate checkedDue(LocalDate due) {
        if (due == null) {
            throw new PlanRefused("PLAN_STEP_DATE_MISSING");
        }
        if (due.getYear() < 2000 || due.getYear() > 2100) {
            throw new PlanRefused("PLAN_STEP_DATE_OUT_OF_RANGE");
        }
        return due;
    }

    /** Trims, turns every line break into \n and drops control characters other than line breaks and tabs. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(unified.length());
        unified.codePoints()
                .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .forEach(out::appendCodePoint);
        return out.toString().strip();
    }

    private static String clip(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max);
    }
}
