package dk.laerepladsklar.roleplay.view;

import dk.laerepladsklar.kernel.media.MediaReadGrant;
import dk.laerepladsklar.roleplay.boundary.MasterFeedbackServlet;
import dk.laerepladsklar.roleplay.boundary.MasterLinks;
import dk.laerepladsklar.roleplay.entity.AttemptAnswer;
import dk.laerepladsklar.roleplay.entity.MasterLink;
import dk.laerepladsklar.roleplay.entity.Prompt;
import dk.laerepladsklar.roleplay.entity.Scenario;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import dk.laerepladsklar.roleplay.entity.AnswerMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The master's page ({@code /feedback/<secret>}, drawn by {@code /master/feedback.xhtml}): what
 * {@link MasterFeedbackServlet} found for the link, in the master's language. Shown: the scenario's situation, each
 * prompt with the student's answer (typed words, or the recording played through the link's grant, with seeking), the
 * rubric's criteria and levels (not the teacher's or the student's scores), and the comment form. Closed: a friendly
 * page saying why. Opened any other way (the Facelet's own address), it says the link is unknown.
 */
@Named
@RequestScoped
public class MasterFeedbackView {

    private MasterLinks.Opened opened;
    private Locale locale = Locale.forLanguageTag("da");
    private String secret;
    private MasterLinks.CommentRefusal refusal;
    private String typed;
    private boolean saved;
    private String context;

    @PostConstruct
    void init() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Object found = external.getRequestMap().get(MasterFeedbackServlet.OPENED);
        if (found instanceof MasterLinks.Opened o) {
            opened = o;
            locale = (Locale) external.getRequestMap().get(MasterFeedbackServlet.LOCALE);
            secret = (String) external.getRequestMap().get(MasterFeedbackServlet.SECRET);
            refusal = (MasterLinks.CommentRefusal) external.getRequestMap().get(MasterFeedbackServlet.REFUSAL);
            typed = (String) external.getRequestMap().get(MasterFeedbackServlet.TYPED);
            saved = "1".equals(external.getRequestParameterMap().get("saved")) && refusal == null;
        } else {
            external.setResponseStatus(404);
            external.setResponseHeader("Cache-Control", "no-store");
        }
        context = external.getRequestContextPath();
    }

    public Locale getLocale() {
        return locale;
    }

    public boolean isShown() {
        return opened != null && opened.isShown();
    }

    /** {@code unknown}, {@code expired} or {@code revoked}: which friendly page. */
    public String getClosedKind() {
        String reason = opened == null || opened.closed() == null ? "FEEDBACK_LINK_UNKNOWN" : opened.closed().reason();
        return reason.substring("FEEDBACK_LINK_".length()).toLowerCase(Locale.ROOT);
    }

    public Scenario getScenario() {
        return opened.shown().scenario();
    }

    public MasterLink getLink() {
        return opened.shown().link();
    }

    public String getStudentName() {
        return Optional.ofNullable(opened.shown().studentName()).orElse(Messages.text(locale, "master.student"));
    }

    public String getExpires() {
        return AttemptTexts.when(getLink().getExpiresAt(), locale);
    }

    /** One prompt and the student's answer to it, as the page draws it. */
    public record Row(int number, Prompt prompt, AttemptAnswer answer, boolean playable, String url, String playerId) {

        public boolean isVideo() {
            return playable && answer.getMode() == AnswerMode.VIDEO;
        }

        public boolean isAudio() {
            return playable && answer.getMode() == AnswerMode.AUDIO;
        }

        public boolean isGone() {
            return answer != null && answer.isRecording() && !playable;
        }

        public boolean isTyped() {
            return answer != null && !answer.isRecording();
        }

        public boolean isMissing() {
            return answer == null;
        }
    }

    public List<Row> getRows() {
        List<Row> rows = new ArrayList<>();
        int number = 1;
        for (Prompt prompt : getScenario().prompts()) {
            AttemptAnswer answer = opened.shown().attempt().answer(prompt.id()).orElse(null);
            boolean playable = answer != null && answer.isRecording()
                    && opened.shown().playable().contains(answer.getMediaId());
            rows.add(new Row(number++, prompt, answer, playable, playable ? mediaUrl(answer) : null, "player-" + prompt.id()));
        }
        return rows;
    }

    private String mediaUrl(AttemptAnswer answer) {
        return context + "/api/media/items/" + answer.getMediaId() + "?" + MediaReadGrant.PARAMETER + "=" + secret;
    }

    public String getAction() {
        return context + MasterFeedbackServlet.PATH + "/" + secret;
    }

    public String getNonce() {
        return opened.shown().nonce();
    }

    public int getMaxComment() {
        return MasterLink.MAX_COMMENT;
    }

    /** The words in the form: what was just typed (when refused), else the comment saved before. */
    public String getTyped() {
        return typed != null ? typed : Optional.ofNullable(getLink().getComment()).orElse("");
    }

    public boolean isSaved() {
        return saved;
    }

    public String getRefusal() {
        return refusal == null ? "" : Messages.text(locale, "master.refused." + refusal.name(), MasterLink.MAX_COMMENT);
    }
}
