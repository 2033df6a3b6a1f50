package dk.laerepladsklar.roleplay.view;

import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.roleplay.boundary.PlacedRolePlay;
import dk.laerepladsklar.roleplay.boundary.PlacementRubrics;
import dk.laerepladsklar.roleplay.boundary.RolePlayPlacements;
import dk.laerepladsklar.roleplay.boundary.RolePlays;
import dk.laerepladsklar.roleplay.boundary.RubricResource;
import dk.laerepladsklar.roleplay.control.RubricEdits;
import dk.laerepladsklar.roleplay.control.RubricRefused;
import dk.laerepladsklar.roleplay.entity.Criterion;
import dk.laerepladsklar.roleplay.entity.Rubric;
import dk.laerepladsklar.roleplay.entity.Scenario;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The teacher's page for one placed role-play's rubric ({@code /roleplay/rubric.xhtml?placement=…}): every criterion of
 * the scenario, kept or not, with the placement's wording and points, a form to change them and a button back to the
 * scenario's. Once an attempt has been assessed the points are shown but not editable, and the page says why. Staff of
 * the placement's course only.
 */
@Named
@RequestScoped
public class RubricView {

    @Inject
    SignedInUser user;
    @Inject
    RolePlayPlacements placements;
    @Inject
    RolePlays rolePlays;
    @Inject
    PlacementRubrics rubrics;

    private PlacedRolePlay placed;
    private Scenario scenario;
    private Rubric current;
    private boolean own;
    private boolean locked;
    private Map<String, String> parameters;

    @PostConstruct
    void init() {
        parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (!user.isStaff()) {
            return;
        }
        placed = placements.openToTeach(parameters.get(RolePlays.PLACEMENT_PARAMETER), user.current()).orElse(null);
        if (placed != null) {
            scenario = rolePlays.scenario(placed.scenarioKey(), user.getLocale()).orElseThrow();
            Optional<Rubric> mine = rubrics.own(placed.placementId());
            own = mine.isPresent();
            current = mine.orElse(scenario.rubric());
            locked = rubrics.pointsLocked(placed.placementId());
        }
    }

    public boolean isFound() {
        return placed != null;
    }

    public Scenario getScenario() {
        return scenario;
    }

    /** The scenario's criteria, each as the placement has it (or as the scenario has it, when not kept). */
    public java.util.List<Criterion> getCriteria() {
        return scenario.rubric().criteria().stream()
                .map(c -> current.criteria().stream().filter(k -> k.id().equals(c.id())).findFirst().orElse(c)).toList();
    }

    public boolean isKept(Criterion criterion) {
        return current.criteria().stream().anyMatch(c -> c.id().equals(criterion.id()));
    }

    public int getMaxPoints() {
        return current.maxPoints();
    }

    public int getDefaultMaxPoints() {
        return scenario.rubric().maxPoints();
    }

    public int getPointsLimit() {
        return RubricEdits.MAX_POINTS;
    }

    public int getTitleLimit() {
        return RubricEdits.MAX_TITLE;
    }

    public int getDescriptionLimit() {
        return RubricEdits.MAX_DESCRIPTION;
    }

    /** The teacher's own rubric is in use (not the scenario's). */
    public boolean isOwn() {
        return own;
    }

    public boolean isLocked() {
        return locked;
    }

    public boolean isSaved() {
        return "1".equals(parameters.get("saved"));
    }

    /** The refusal the form came back with, in plain words; empty when none. */
    public String getRefusal() {
        String code = parameters.get("refused");
        if (code == null || Arrays.stream(RubricRefused.Reason.values()).noneMatch(r -> r.name().equals(code))) {
            return "";
        }
        return Messages.text(user.getLocale(), "rubric.refused." + code, RubricEdits.MAX_POINTS, RubricEdits.MAX_TITLE,
                RubricEdits.MAX_DESCRIPTION);
    }

    public String getSaveAction() {
        return action("");
    }

    public String getResetAction() {
        return action("/reset");
    }

    public String getOverviewUrl() {
        return user.withContext(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + RolePlays.OVERVIEW_PAGE + "?" + RolePlays.PLACEMENT_PARAMETER + "=" + placed.placementId());
    }

    private String action(String what) {
        return user.withContext(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + RubricResource.PATH + placed.placementId() + what);
    }
}
