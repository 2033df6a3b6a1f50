package dk.laerepladsklar.roleplay.view;

import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.roleplay.boundary.AttemptResource;
import dk.laerepladsklar.roleplay.boundary.Attempts;
import dk.laerepladsklar.roleplay.boundary.MasterLinks;
import dk.laerepladsklar.roleplay.entity.AttemptRefused;
import dk.laerepladsklar.roleplay.boundary.PlacedRolePlay;
import dk.laerepladsklar.roleplay.boundary.RolePlayPlacements;
import dk.laerepladsklar.roleplay.boundary.RolePlays;
import dk.laerepladsklar.roleplay.boundary.Voices;
import dk.laerepladsklar.roleplay.entity.Attempt;
import dk.laerepladsklar.roleplay.entity.AttemptAnswer;
import dk.laerepladsklar.roleplay.entity.AttemptState;
import dk.laerepladsklar.roleplay.entity.Criterion;
import dk.laerepladsklar.roleplay.entity.Level;
import dk.laerepladsklar.roleplay.entity.Mark;
import dk.laerepladsklar.roleplay.entity.Scenario;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.ResourceBundle;
import java.util.UUID;

/**
 * The student's recorded attempt of a placed role-play ({@code /roleplay/record.xhtml?placement=…}): the consent
 * screen, then each prompt to answer by film, sound or typing (the recorder is {@code record.js}), the self-assessment
 * and sending; below, their earlier attempts and, once released, the teacher's levels and feedback. The page is drawn
 * here; every step goes to {@link AttemptResource} and the media store's upload.
 */
@Named
@RequestScoped
public class RecordView {

    /** The bundle keys record.js shows, under the names it uses. */
    private static final List<String> SCRIPT_MESSAGES = List.of("failed", "consentFirst", "consentThanks",
            "permissionRefused", "noCamera", "noMicrophone", "deviceBusy", "noRecorder", "recording", "timeLeft", "timeUp",
            "stopped", "recordAgain", "tooLarge", "uploading", "uploadFailed", "saved", "discarded", "textEmpty",
            "selfSaved", "sent", "answeredCount", "answered_video", "answered_audio", "answered_text");

    @Inject
    SignedInUser user;
    @Inject
    RolePlayPlacements placements;
    @Inject
    Attempts attempts;
    @Inject
    RolePlays rolePlays;
    @Inject
    Voices voices;
    @Inject
    MasterLinks masterLinks;

    private PlacedRolePlay placed;
    private Scenario scenario;
    /** The line's voice address once asked for; empty when there is none. */
    private String voiceUrl;
    private List<Attempt> mine = List.of();
    private final java.util.Map<UUID, List<LinkRow>> links = new java.util.HashMap<>();

    @PostConstruct
    void init() {
        if (!user.isSignedIn() || !(user.isStudent() || user.isStaff())) {
            return;
        }
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get(RolePlays.PLACEMENT_PARAMETER);
        placed = placements.openToPractise(id, user.current()).orElse(null);
        if (placed != null) {
            scenario = rolePlays.scenario(placed, user.getLocale());
            mine = attempts.own(placed, user.current());
        }
    }

    public boolean isFound() {
        return placed != null;
    }

    public Scenario getScenario() {
        return scenario;
    }

    /** The draft being worked on, or null (the consent screen then starts a new attempt). */
    public Attempt getDraft() {
        return mine.isEmpty() || mine.get(0).getState() != AttemptState.DRAFT ? null : mine.get(0);
    }

    /** Sent attempts, the latest first: the latest counts. */
    public List<Attempt> getSent() {
        return mine.stream().filter(a -> a.getState() != AttemptState.DRAFT).toList();
    }

    public boolean isPreview() {
        return user.isStaff();
    }

    public String getConsentText() {
        return attempts.consentText(user.current());
    }

    public int getRetentionDays() {
        return attempts.retentionDays(user.current());
    }

    public String stateOf(Attempt attempt) {
        return AttemptTexts.state(attempt, user.getLocale());
    }

    public String when(Attempt attempt) {
        return AttemptTexts.when(attempt.getSentAt(), user.getLocale());
    }

    public String teacherLevel(Attempt attempt, Criterion criterion) {
        return AttemptTexts.level(scenario, attempt.teacherMark(criterion.id()));
    }

    public String selfLevel(Attempt attempt, Criterion criterion) {
        return AttemptTexts.level(scenario, attempt.selfMark(criterion.id()));
    }

    public Mark teacherMark(Attempt attempt, Criterion criterion) {
        return attempt.teacherMark(criterion.id()).orElse(null);
    }

    public String promptText(String promptId) {
        return AttemptTexts.promptText(scenario, promptId);
    }

    public String mediaUrl(AttemptAnswer answer) {
        return user.withContext(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/api/media/items/" + answer.getMediaId());
    }

    public String getPracticeUrl() {
        return user.withContext(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + RolePlays.PRACTICE_PAGE + "?" + RolePlays.PLACEMENT_PARAMETER + "=" + placed.placementId());
    }

    public boolean isSelfChosen(Level level, Criterion criterion) {
        Attempt draft = getDraft();
        return draft != null && AttemptTexts.isLevel(level, draft.selfMark(criterion.id()));
    }

    /** What record.js needs: addresses with the launch, the limits, and its sentences in the page's language. */
    public String getConfig() {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, user.getLocale());
        JsonObjectBuilder messages = Json.createObjectBuilder();
        SCRIPT_MESSAGES.forEach(key -> messages.add(key, bundle.getString("record.js." + key)));
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("api", context + AttemptResource.PATH + placed.placementId())
                .add("uploads", context + "/api/media/uploads?lc=" + user.getContextId())
                .add("lc", user.getContextId())
                .add("purpose", Attempts.PURPOSE)
                .add("maxBytes", 300L * 1024 * 1024)
                .add("prompts", scenario.prompts().size())
                .add("afterSend", user.withContext(context + RolePlays.RECORD_PAGE + "?" + RolePlays.PLACEMENT_PARAMETER
                        + "=" + placed.placementId()) + "&sent=1#attempts")
                .add("messages", messages);
        Attempt draft = getDraft();
        if (draft != null) {
            json.add("attempt", Json.createObjectBuilder().add("id", draft.getId().toString()));
        }
        // inside a <script> element: no "</" may close it early
        return json.build().toString().replace("<", "\\u003c");
    }

    /** A sent attempt's master's links, the newest first. */
    public List<LinkRow> linksOf(Attempt attempt) {
        return links.computeIfAbsent(attempt.getId(), id -> masterLinks.linksOf(id).stream()
                .map(l -> LinkRow.of(l, user.getLocale())).toList());
    }

    /** What the student is told before saying yes to a master's feedback: who sees what, for how long. */
    public String masterConsentText(Attempt attempt) {
        return masterLinks.consentText(user.getLocale(), attempt);
    }

    public String masterConsentAt(Attempt attempt) {
        return AttemptTexts.when(attempt.getMasterConsentAt(), user.getLocale());
    }

    public String masterConsentAction(Attempt attempt) {
        return user.withContext(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + AttemptResource.PATH + placed.placementId() + "/" + attempt.getId() + "/master-consent");
    }

    public String revokeAction(Attempt attempt, LinkRow link) {
        return user.withContext(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + AttemptResource.PATH + placed.placementId() + "/" + attempt.getId() + "/master-links/" + link.id()
                + "/revoke");
    }

    /** What the last master's form did, or why it was refused, in plain words; empty when none. */
    public String getMasterNote() {
        java.util.Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String done = parameters.get("master");
        if ("yes".equals(done) || "no".equals(done) || "revoked".equals(done)) {
            return Messages.text(user.getLocale(), "master.student.done." + done);
        }
        String code = parameters.get("masterRefused");
        if (code != null && java.util.Arrays.stream(AttemptRefused.Reason.values()).anyMatch(r -> r.name().equals(code))) {
            return Messages.text(user.getLocale(), "attempt.refused." + code);
        }
        return "";
    }

    public boolean isJustSent() {
        return "1".equals(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("sent"));
    }

    public String playerId(Attempt attempt, String promptId) {
        return "player-" + attempt.getNumber() + "-" + promptId;
    }

    UUID placementId() {
        return placed.placementId();
    }

    /**
     * The address of the recorded voice of this line (the teacher's for this placement, else the pack's), with the
     * launch; empty when there is none and the browser reads the line aloud.
     */
    public String getOpeningVoice() {
        if (voiceUrl == null) {
            Voices.Voice voice = voices.of(placed, scenario).get(Scenario.OPENING_LINE);
            voiceUrl = voice == null ? "" : user.withContext(FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestContextPath() + voice.path());
        }
        return voiceUrl;
    }
}
