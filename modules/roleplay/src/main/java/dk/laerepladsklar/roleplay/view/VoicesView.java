package dk.laerepladsklar.roleplay.view;

import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.roleplay.boundary.PlacedRolePlay;
import dk.laerepladsklar.roleplay.boundary.RolePlayPlacements;
import dk.laerepladsklar.roleplay.boundary.RolePlays;
import dk.laerepladsklar.roleplay.boundary.VoiceResource;
import dk.laerepladsklar.roleplay.boundary.Voices;
import dk.laerepladsklar.roleplay.entity.Scenario;
import dk.laerepladsklar.roleplay.entity.VoiceReference;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * The teacher's page for the voices of one placed role-play ({@code /roleplay/voices.xhtml?placement=…}): every line the
 * other person says, with the voice students hear (the teacher's, the pack's, or the browser's read-aloud), a file
 * field to upload a sound recorded on a phone (the media store checks that it is a sound), and a button to take the
 * teacher's voice away. Staff of the placement's course only.
 */
@Named
@RequestScoped
public class VoicesView {

    @Inject
    SignedInUser user;
    @Inject
    RolePlayPlacements placements;
    @Inject
    RolePlays rolePlays;
    @Inject
    Voices voices;

    private PlacedRolePlay placed;
    private Scenario scenario;
    private Map<String, Voices.Voice> current = Map.of();
    private Map<String, String> parameters;

    @PostConstruct
    void init() {
        parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (!user.isStaff()) {
            return;
        }
        placed = placements.openToTeach(parameters.get(RolePlays.PLACEMENT_PARAMETER), user.current()).orElse(null);
        if (placed != null) {
            scenario = rolePlays.scenario(placed, user.getLocale());
            current = voices.of(placed, scenario);
        }
    }

    public boolean isFound() {
        return placed != null;
    }

    public Scenario getScenario() {
        return scenario;
    }

    public List<Scenario.Line> getLines() {
        return scenario.lines();
    }

    public boolean hasVoice(Scenario.Line line) {
        return current.containsKey(line.id());
    }

    public boolean isTeachers(Scenario.Line line) {
        return hasVoice(line) && current.get(line.id()).teachers();
    }

    public String voiceUrl(Scenario.Line line) {
        return hasVoice(line) ? user.withContext(context() + current.get(line.id()).path()) : "";
    }

    public String sourceOf(Scenario.Line line) {
        return Messages.text(user.getLocale(), !hasVoice(line) ? "voices.source.none"
                : isTeachers(line) ? "voices.source.teacher" : "voices.source.pack");
    }

    public String reference(Scenario.Line line) {
        return VoiceReference.of(placed.placementId(), line.id());
    }

    public String removeAction(Scenario.Line line) {
        return user.withContext(context() + VoiceResource.PATH + placed.placementId() + "/" + line.id() + "/remove");
    }

    public String getUploads() {
        return context() + "/api/media/uploads?lc=" + user.getContextId();
    }

    public String getLc() {
        return user.getContextId();
    }

    public String getPurpose() {
        return Voices.PURPOSE;
    }

    public long getMaxBytes() {
        return Voices.VOICE.maxBytes();
    }

    public boolean isSaved() {
        return "1".equals(parameters.get("saved"));
    }

    public boolean isRemoved() {
        return "1".equals(parameters.get("removed"));
    }

    public String getOverviewUrl() {
        return user.withContext(context() + RolePlays.OVERVIEW_PAGE + "?" + RolePlays.PLACEMENT_PARAMETER + "="
                + placed.placementId());
    }

    private static String context() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }
}
