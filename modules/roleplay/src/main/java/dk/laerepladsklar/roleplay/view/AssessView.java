package dk.laerepladsklar.roleplay.view;

import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.StudentLabels;
import dk.laerepladsklar.roleplay.boundary.AssessmentResource;
import dk.laerepladsklar.roleplay.boundary.AttemptReview;
import dk.laerepladsklar.roleplay.boundary.Attempts;
import dk.laerepladsklar.roleplay.boundary.PlacedRolePlay;
import dk.laerepladsklar.roleplay.boundary.MasterLinks;
import dk.laerepladsklar.roleplay.boundary.RolePlays;
import dk.laerepladsklar.roleplay.entity.Attempt;
import dk.laerepladsklar.roleplay.entity.AttemptAnswer;
import dk.laerepladsklar.roleplay.entity.AttemptRefused;
import dk.laerepladsklar.roleplay.entity.Criterion;
import dk.laerepladsklar.roleplay.entity.Level;
import dk.laerepladsklar.roleplay.entity.Mark;
import dk.laerepladsklar.roleplay.entity.Scenario;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The teacher's assessment of one attempt ({@code /roleplay/assess.xhtml?attempt=…}): each answer in a player on the
 * store's Range address (so seeking works), a level per rubric criterion with feedback and an optional time mark, the
 * student's own rating beside, and "Release". A mentor sees a released attempt of a mentee, read-only, and may comment.
 * The forms post to {@link AssessmentResource}, which sends the browser back here. A review launch from the LMS's
 * gradebook comes as {@code ?placement=…&student=…}: that student's latest attempt, or a page saying none is sent yet.
 */
@Named
@RequestScoped
public class AssessView {

    @Inject
    SignedInUser user;
    @Inject
    Attempts attempts;
    @Inject
    MasterLinks masterLinks;

    private AttemptReview review;
    private PlacedRolePlay waiting;
    private String waitingFor;
    private Map<String, String> parameters = Map.of();
    private List<LinkRow> links;
    private List<LinkRow> masterComments;
    private String newLink;

    @PostConstruct
    void init() {
        parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (!user.isFollowingClass()) {
            return;
        }
        String attempt = parameters.get(RolePlays.ATTEMPT_PARAMETER);
        if (attempt != null) {
            review = attempts.review(attempt, user.current()).orElse(null);
            return;
        }
        // a review launch from the gradebook names the placement and the student: their latest attempt, or none yet
        String placement = parameters.get(RolePlays.PLACEMENT_PARAMETER);
        String student = parameters.get(RolePlays.STUDENT_PARAMETER);
        review = attempts.latestOf(placement, student, user.current()).orElse(null);
        if (review == null) {
            waiting = attempts.reviewable(placement, student, user.current()).orElse(null);
            waitingFor = student;
        }
    }

    public boolean isFound() {
        return review != null;
    }

    /** A review launch for a student who has sent no attempt (that this launch may see) yet. */
    public boolean isNoAttempt() {
        return review == null && waiting != null;
    }

    public String getWaitingName() {
        return StudentLabels.nameOrLabel(null, waitingFor, user.getLocale());
    }

    public String getOverviewUrl() {
        return user.withContext(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + RolePlays.OVERVIEW_PAGE + "?" + RolePlays.PLACEMENT_PARAMETER + "=" + waiting.placementId());
    }

    public Attempt getAttempt() {
        return review.attempt();
    }

    public Scenario getScenario() {
        return review.scenario();
    }

    public boolean isMayAssess() {
        return review.mayAssess() && !review.attempt().isReleased();
    }

    public boolean isMayComment() {
        return review.mayComment();
    }

    public String getStudentName() {
        return StudentLabels.nameOrLabel(review.attempt().getStudentName(), review.attempt().getStudentSubject(),
                user.getLocale());
    }

    public String getStateText() {
        return AttemptTexts.state(review.attempt(), user.getLocale());
    }

    public String getSentAt() {
        return AttemptTexts.when(review.attempt().getSentAt(), user.getLocale());
    }

    public String getConsentAt() {
        return AttemptTexts.when(review.attempt().getConsentAt(), user.getLocale());
    }

    public String promptText(String promptId) {
        return AttemptTexts.promptText(review.scenario(), promptId);
    }

    public String mediaUrl(AttemptAnswer answer) {
        return user.withContext(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/api/media/items/" + answer.getMediaId());
    }

    public String playerId(String promptId) {
        return "player-" + promptId;
    }

    public List<AttemptAnswer> getRecordings() {
        return review.attempt().getAnswers().stream().filter(AttemptAnswer::isRecording).toList();
    }

    public String selfLevel(Criterion criterion) {
        return AttemptTexts.level(review.scenario(), review.attempt().selfMark(criterion.id()));
    }

    public String teacherLevel(Criterion criterion) {
        return AttemptTexts.level(review.scenario(), review.attempt().teacherMark(criterion.id()));
    }

    public Mark teacherMark(Criterion criterion) {
        return review.attempt().teacherMark(criterion.id()).orElse(null);
    }

    public boolean isChosen(Criterion criterion, Level level) {
        return AttemptTexts.isLevel(level, review.attempt().teacherMark(criterion.id()));
    }

    public String getAssessAction() {
        return action("assess");
    }

    public String getReleaseAction() {
        return action("release");
    }

    public String getCommentAction() {
        return action("comment");
    }

    /** Staff of the course (who may make and revoke a master's links); a mentor sees none of them. */
    public boolean isStaff() {
        return review.mayAssess();
    }

    public boolean isMasterConsent() {
        return review.attempt().hasMasterConsent();
    }

    public String getMasterConsentAt() {
        return AttemptTexts.when(review.attempt().getMasterConsentAt(), user.getLocale());
    }

    /** The attempt's master's links, the newest first (staff only). */
    public List<LinkRow> getMasterLinks() {
        if (links == null) {
            links = review.mayAssess() ? masterLinks.linksOf(review.attempt().getId()).stream()
                    .map(l -> LinkRow.of(l, user.getLocale())).toList() : List.of();
        }
        return links;
    }

    /** Masters' comments, for everyone who sees the attempt (a mentor too): who wrote and what. */
    public List<LinkRow> getMasterComments() {
        if (masterComments == null) {
            masterComments = masterLinks.linksOf(review.attempt().getId()).stream().filter(l -> l.getComment() != null)
                    .map(l -> LinkRow.of(l, user.getLocale())).toList();
        }
        return masterComments;
    }

    /** The address of the link just made, shown once: taken out of the session as the page shows it. */
    public String getNewLink() {
        if (newLink == null && review.mayAssess()) {
            jakarta.servlet.http.HttpSession session = (jakarta.servlet.http.HttpSession) FacesContext.getCurrentInstance()
                    .getExternalContext().getSession(false);
            String key = AssessmentResource.NEW_LINK + review.attempt().getId();
            if (session != null && session.getAttribute(key) instanceof String address) {
                session.removeAttribute(key);
                newLink = address;
            }
        }
        return newLink == null ? "" : newLink;
    }

    public String getMasterLinkAction() {
        return action("master-links");
    }

    public String revokeAction(LinkRow link) {
        return action("master-links/" + link.id() + "/revoke");
    }

    /** What the last link form did: "new" or "revoked"; empty otherwise. */
    public String getLinkNote() {
        String done = parameters.get("link");
        return "new".equals(done) || "revoked".equals(done) ? Messages.text(user.getLocale(), "master.teacher.done." + done) : "";
    }

    public boolean isSaved() {
        return "1".equals(parameters.get("saved"));
    }

    /** The refusal the last form came back with, in plain words; empty when none. */
    public String getRefusal() {
        String code = parameters.get("refused");
        if (code == null || Arrays.stream(AttemptRefused.Reason.values()).noneMatch(r -> r.name().equals(code))) {
            return "";
        }
        return Messages.text(user.getLocale(), "attempt.refused." + code);
    }

    private String action(String what) {
        return user.withContext(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + AssessmentResource.PATH + review.attempt().getId() + "/" + what);
    }
}
