package dk.laerepladsklar.roleplay.view;

import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.roleplay.boundary.PlacedRolePlay;
import dk.laerepladsklar.roleplay.boundary.PracticeResource;
import dk.laerepladsklar.roleplay.boundary.PracticeState;
import dk.laerepladsklar.roleplay.boundary.Practices;
import dk.laerepladsklar.roleplay.boundary.RolePlayPlacements;
import dk.laerepladsklar.roleplay.boundary.RolePlays;
import dk.laerepladsklar.roleplay.boundary.Voices;
import dk.laerepladsklar.roleplay.control.Walk;
import dk.laerepladsklar.roleplay.entity.Choice;
import dk.laerepladsklar.roleplay.entity.Node;
import dk.laerepladsklar.roleplay.entity.Scenario;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * The student's practice of a placed role-play ({@code /roleplay/practice.xhtml?placement=…}): the situation, the
 * conversation so far, the other person's line now with the answers to pick (and a field for one's own words where the
 * node allows it), and at the end the feedback on each choice and a new try. A plain page: its forms post to
 * {@link PracticeResource}, which sends the browser back here, so there is no Faces state to lose on a phone.
 */
@Named
@RequestScoped
public class PracticeView {

    @Inject
    SignedInUser user;
    @Inject
    RolePlayPlacements placements;
    @Inject
    Practices practices;
    @Inject
    RolePlays rolePlays;
    @Inject
    Voices voices;

    private PlacedRolePlay placed;
    private PracticeState state;
    private Scenario scenario;
    /** The line's voice address once asked for; empty when there is none. */
    private String voiceUrl;
    private Map<String, String> parameters = Map.of();

    @PostConstruct
    void init() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        parameters = external.getRequestParameterMap();
        if (!user.isSignedIn() || !(user.isStudent() || user.isStaff())) {
            return;
        }
        placed = placements.openToPractise(parameters.get(RolePlays.PLACEMENT_PARAMETER), user.current()).orElse(null);
        if (placed != null) {
            state = practices.open(placed, user.current());
            scenario = rolePlays.scenario(placed, user.getLocale());
        }
    }

    public boolean isFound() {
        return placed != null;
    }

    public Scenario getScenario() {
        return scenario;
    }

    public PracticeState getState() {
        return state;
    }

    /** The turns taken so far, with the other person's reaction to each. */
    public List<Walk.Turn> getTurns() {
        return Walk.turns(scenario.conversation(), state.path());
    }

    /** The node the student is at: the line to answer, or the closing line when the walk is finished. */
    public Node getCurrent() {
        return scenario.conversation().node(state.currentNode()).orElseThrow();
    }

    public boolean isFinished() {
        return state.walkFinished();
    }

    public boolean isPreview() {
        return state.preview();
    }

    /** The page sent an answer from an old page (a second tab or the back button): it now shows where the walk is. */
    public boolean isMoved() {
        return "1".equals(parameters.get("moved"));
    }

    public boolean isTypedEmpty() {
        return "empty".equals(parameters.get("typed"));
    }

    public int getMaxTyped() {
        return Choice.MAX_TYPED;
    }

    public String getOwnId() {
        return Choice.OWN;
    }

    public String getAnswerAction() {
        return action("answer");
    }

    public String getAgainAction() {
        return action("again");
    }

    /** A plain word for how good a choice was; the own answer is not judged. */
    public String qualityOf(Walk.Turn turn) {
        return turn.quality() == null ? Messages.text(user.getLocale(), "quality.own")
                : Messages.text(user.getLocale(), "quality." + turn.quality().packName());
    }

    public String qualityClass(Walk.Turn turn) {
        return turn.quality() == null ? "lpk-rp-own" : "lpk-rp-" + turn.quality().packName();
    }

    public String getTimesText() {
        return Messages.text(user.getLocale(), "practice.times", state.timesFinished());
    }

    /** The recorded attempt, the next step once the conversation has been practised. */
    public String getRecordUrl() {
        return user.withContext(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + RolePlays.RECORD_PAGE + "?" + RolePlays.PLACEMENT_PARAMETER + "=" + placed.placementId());
    }

    private String action(String what) {
        String path = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + PracticeResource.PATH
                + "practice/" + placed.placementId() + "/" + what;
        return user.withContext(path);
    }

    /**
     * The address of the recorded voice of this line (the teacher's for this placement, else the pack's), with the
     * launch; empty when there is none and the browser reads the line aloud.
     */
    public String getNowVoice() {
        if (voiceUrl == null) {
            Voices.Voice voice = voices.of(placed, scenario).get(Scenario.NODE_LINE + getCurrent().id());
            voiceUrl = voice == null ? "" : user.withContext(FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestContextPath() + voice.path());
        }
        return voiceUrl;
    }
}
