package dk.laerepladsklar.careerplan.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.laerepladsklar.careerplan.entity.PlanState;
import dk.laerepladsklar.careerplan.entity.ScoreRule;
import dk.laerepladsklar.kernel.activity.StudentState;
import org.junit.jupiter.api.Test;

/** The plan's states in the words every page uses, and the review forms' numbers. */
class ReviewRulesTest {

    @Test
    void underPointsOnApprovalOnlyTheApprovedPlanIsDoneAndASentOneWaitsForTheTeacher() {
        ScoreRule rule = ScoreRule.ON_APPROVAL;
        assertEquals(StudentState.OPENED, CareerPlanActivity.studentState(PlanState.NOT_STARTED, rule));
        assertEquals(StudentState.STARTED, CareerPlanActivity.studentState(PlanState.DRAFT, rule));
        assertEquals(StudentState.AWAITING_REVIEW, CareerPlanActivity.studentState(PlanState.SENT, rule));
        assertEquals(StudentState.STARTED, CareerPlanActivity.studentState(PlanState.NEEDS_CHANGES, rule));
        assertEquals(StudentState.DONE, CareerPlanActivity.studentState(PlanState.APPROVED, rule));
    }

    @Test
    void underPointsOnSendingASentPlanIsDoneEvenWhenChangesAreAskedFor() {
        ScoreRule rule = ScoreRule.ON_SENDING;
        assertEquals(StudentState.STARTED, CareerPlanActivity.studentState(PlanState.DRAFT, rule));
        assertEquals(StudentState.DONE, CareerPlanActivity.studentState(PlanState.SENT, rule));
        assertEquals(StudentState.DONE, CareerPlanActivity.studentState(PlanState.NEEDS_CHANGES, rule));
        assertEquals(StudentState.DONE, CareerPlanActivity.studentState(PlanState.APPROVED, rule));
    }

    @Test
    void aVersionNumberIsDigitsOnlyElseZero() {
        assertEquals(3, ReviewResource.number("3"));
        assertEquals(0, ReviewResource.number(null));
        assertEquals(0, ReviewResource.number(""));
        assertEquals(0, ReviewResource.number("-1"));
        assertEquals(0, ReviewResource.number("1e3"));
        assertEquals(0, ReviewResource.number("99999999999"));
        assertEquals(0, ReviewResource.number("٣"), "Arabic-Indic digits are not a version");
    }
}
