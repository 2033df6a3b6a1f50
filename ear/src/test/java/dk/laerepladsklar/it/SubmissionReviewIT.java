package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.DemoGradebook;
import dk.laerepladsklar.it.support.DemoLmsEndToEnd;
import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * LTI Submission Review over HTTP through the demo LMS, on WildFly with PostgreSQL: the column the tool asked for in
 * Deep Linking carries {@code submissionReview}; the teacher's review launch from the gradebook lands on that
 * student's work in the module's overview; a student's review launch, one for a student of another course, and one
 * without a known column are refused.
 */
class SubmissionReviewIT extends DemoLmsEndToEnd {

    private static final String NETWORKING = "teaching-module:networking";

    @Test
    @SuppressWarnings("unchecked")
    void theTeachersReviewLandsOnThatStudentsWorkAndAStudentsIsRefused() throws Exception {
        String course = "course-5861";
        String student = "student-5861-1";
        String link = courses.place(course, NETWORKING);

        Map<String, Object> column = DemoGradebook.of(client, tool, course).lineItemOf(link);
        Map<String, Object> review = (Map<String, Object>) column.get("submissionReview");
        assertTrue(review != null, "the tool's column offers submission review: " + column);
        assertEquals(List.of("Submitted", "Completed"), review.get("reviewableStatus"));
        int number = ((Number) column.get("number")).intValue();

        // The student opens the module, so there is work to look at.
        LaunchResult opened = client.launchLink(new CookieJar(), course, link, student, "da", true);
        assertTrue(opened.landingUrl().contains("/modules/play.xhtml"), opened.landingUrl());

        LaunchResult teacher = client.reviewLaunch(new CookieJar(), course, "teacher-5861", student, number, "da");
        assertTrue(teacher.landed(), teacher.status() + " " + teacher.body());
        assertTrue(teacher.landingUrl().contains("/modules/overview.xhtml?placement="), teacher.landingUrl());
        assertTrue(teacher.landingUrl().contains("student=" + student), teacher.landingUrl());
        assertTrue(teacher.body().contains("id=\"reviewed-student\"") && teacher.body().contains("data-student=\"" + student + "\""),
                teacher.body());
        assertTrue(teacher.body().contains("lpk-work lpk-reviewed"), "the student's work card is picked out");

        // A student sending the same review request (their own work, or a classmate's) gets the "not for you" page.
        for (String whose : List.of(student, "student-5861-2")) {
            LaunchResult refused = client.reviewLaunch(new CookieJar(), course, student, whose, number, "da");
            assertEquals(403, refused.status(), refused.body());
            assertTrue(refused.body().contains("SUBMISSION_REVIEW_NOT_A_REVIEWER"), refused.body());
            assertTrue(refused.body().contains("Denne knap er til lærere"), refused.body());
            assertFalse(refused.body().contains("reviewed-student"));
        }
    }

    @Test
    void aReviewOfSomeoneOutsideTheCourseOrAnUnknownColumnIsRefusedByTheLms() throws Exception {
        // The demo LMS, like a real one, only names members of the course and its own columns.
        String course = "course-5862";
        var lms = client.post(tool.lmsBase() + "/launch", "course=" + course + "&user=teacher-5862&for=student-9999-1"
                + "&column=1&message=review&locale=da", null);
        assertTrue(lms.statusCode() >= 400 || !lms.body().contains("lti_message_hint"), lms.body());
        var noColumn = client.post(tool.lmsBase() + "/launch", "course=" + course + "&user=teacher-5862&for=student-5862-1"
                + "&column=abc&message=review&locale=da", null);
        assertFalse(noColumn.body().contains("lti_message_hint"), noColumn.body());
    }
}
