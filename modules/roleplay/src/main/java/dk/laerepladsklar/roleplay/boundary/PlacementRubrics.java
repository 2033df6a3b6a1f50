package dk.laerepladsklar.roleplay.boundary;

import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.roleplay.control.RubricEdits;
import dk.laerepladsklar.roleplay.control.RubricJson;
import dk.laerepladsklar.roleplay.control.RubricRefused;
import dk.laerepladsklar.roleplay.entity.PlacementRubric;
import dk.laerepladsklar.roleplay.entity.Rubric;
import dk.laerepladsklar.roleplay.entity.Scenario;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Each placed role-play's rubric: the teacher's own ({@link PlacementRubric}) or else the scenario's. Assessment,
 * self-assessment, the student's view and the score all read it here, so they cannot disagree; its total is the score's
 * maximum sent to the LMS (the LMS column keeps the maximum it was placed with and scales, as Moodle and Canvas do).
 * Who may change it is decided before: {@link RolePlayPlacements#openToTeach}.
 */
@ApplicationScoped
public class PlacementRubrics {

    private static final Logger LOG = Logger.getLogger(PlacementRubrics.class);

    @PersistenceContext
    EntityManager em;
    @Inject
    Scenarios scenarios;

    /** The rubric of this placement, worded in the scenario's language unless the teacher wrote their own. */
    @Transactional
    public Rubric rubric(UUID placementId, Scenario scenario) {
        return own(placementId).orElse(scenario.rubric());
    }

    /** The teacher's own rubric of this placement, if they made one. */
    @Transactional
    public Optional<Rubric> own(UUID placementId) {
        return Optional.ofNullable(placementId == null ? null : em.find(PlacementRubric.class, placementId))
                .map(r -> RubricJson.read(r.getCriteria()));
    }

    /** The placement's total points (the same in every language), for a scenario of the pack. */
    @Transactional
    public int maxPoints(UUID placementId, String scenarioKey) {
        return own(placementId).map(Rubric::maxPoints).orElseGet(() -> scenarios
                .scenario(scenarioKey, Locale.forLanguageTag("da")).map(s -> s.rubric().maxPoints()).orElse(0));
    }

    /** Whether an attempt (not a preview) of this placement has been assessed: its points are then fixed. */
    @Transactional
    public boolean pointsLocked(UUID placementId) {
        return em.createQuery("select count(a) from Attempt a where a.placementId = :placement and a.preview = false "
                        + "and a.assessedAt is not null", Long.class)
                .setParameter("placement", placementId).getSingleResult() > 0;
    }

    /** The teacher's changes, checked against the scenario's rubric and, once points are fixed, the current one. */
    @Transactional(rollbackOn = RubricRefused.class)
    public Rubric save(PlacedRolePlay placed, LaunchContext teacher, List<RubricEdits.CriterionEdit> edits)
            throws RubricRefused {
        Scenario scenario = scenario(placed, teacher);
        PlacementRubric row = em.find(PlacementRubric.class, placed.placementId(), LockModeType.PESSIMISTIC_WRITE);
        Rubric current = row == null ? scenario.rubric() : RubricJson.read(row.getCriteria());
        Rubric changed = RubricEdits.apply(scenario.rubric(), current, edits, pointsLocked(placed.placementId()));
        String json = RubricJson.write(changed);
        if (json.length() > PlacementRubric.MAX_JSON) {
            throw new RubricRefused(RubricRefused.Reason.TEXT_EMPTY_OR_TOO_LONG);
        }
        if (row == null) {
            em.persist(new PlacementRubric(placed.placementId(), json, teacher.actor().subject(), Instant.now()));
        } else {
            row.replace(json, teacher.actor().subject(), Instant.now());
        }
        LOG.infof("Role-play placement %s: rubric changed (%d criteria, %d points)", placed.placementId(),
                changed.criteria().size(), changed.maxPoints());
        return changed;
    }

    /** Back to the scenario's rubric (its wording in each language again). */
    @Transactional(rollbackOn = RubricRefused.class)
    public Rubric reset(PlacedRolePlay placed, LaunchContext teacher) throws RubricRefused {
        Scenario scenario = scenario(placed, teacher);
        PlacementRubric row = em.find(PlacementRubric.class, placed.placementId(), LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            return scenario.rubric();
        }
        RubricEdits.reset(scenario.rubric(), RubricJson.read(row.getCriteria()), pointsLocked(placed.placementId()));
        em.remove(row);
        return scenario.rubric();
    }

    private Scenario scenario(PlacedRolePlay placed, LaunchContext launch) {
        return scenarios.scenario(placed.scenarioKey(), launch.locale())
                .orElseThrow(() -> new IllegalStateException("No scenario " + placed.scenarioKey()));
    }
}
