package dk.laerepladsklar.roleplay.boundary;

import dk.laerepladsklar.kernel.access.Audience;
import dk.laerepladsklar.kernel.access.ProtectedPage;
import dk.laerepladsklar.kernel.access.ProtectedPages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The role-play pages for the one page filter: the practice for students (and staff, as a preview), the overview for
 * staff and mentors, and the recorder for students, the assessment page for staff and mentors, the rubric and voices
 * pages and their forms (staff only: a mentor reads the rubric on the overview), and the form and JSON endpoints (a refused post looks
 * like a missing one). Which placement and whose practice, {@code Access} decides in the façade.
 */
@ApplicationScoped
public class RolePlayPages implements ProtectedPages {

    @Override
    public List<ProtectedPage> pages() {
        return List.of(
                ProtectedPage.page("/roleplay/*", Audience.LEARNING, null),
                ProtectedPage.page(RolePlays.PRACTICE_PAGE, Audience.LEARNING,
                        RolePlays.PRACTICE_PAGE + "?" + RolePlays.PLACEMENT_PARAMETER + "={roleplay}"),
                ProtectedPage.page(RolePlays.OVERVIEW_PAGE, Audience.FOLLOWING,
                        RolePlays.OVERVIEW_PAGE + "?" + RolePlays.PLACEMENT_PARAMETER + "={roleplay}"),
                ProtectedPage.page(RolePlays.RECORD_PAGE, Audience.LEARNING,
                        RolePlays.RECORD_PAGE + "?" + RolePlays.PLACEMENT_PARAMETER + "={roleplay}"),
                ProtectedPage.page(RolePlays.ASSESS_PAGE, Audience.FOLLOWING,
                        RolePlays.ASSESS_PAGE + "?" + RolePlays.ATTEMPT_PARAMETER + "={attempt}"),
                ProtectedPage.resource(PracticeResource.PATH + "*", Audience.LEARNING, 404, null),
                ProtectedPage.resource(AttemptResource.PATH + "*", Audience.LEARNING, 404, null),
                ProtectedPage.page(RolePlays.RUBRIC_PAGE, Audience.TEACHING,
                        RolePlays.RUBRIC_PAGE + "?" + RolePlays.PLACEMENT_PARAMETER + "={roleplay}"),
                ProtectedPage.page(RolePlays.VOICES_PAGE, Audience.TEACHING,
                        RolePlays.VOICES_PAGE + "?" + RolePlays.PLACEMENT_PARAMETER + "={roleplay}"),
                ProtectedPage.resource(AssessmentResource.PATH + "*", Audience.FOLLOWING, 404, null),
                ProtectedPage.resource(VoiceResource.PACK_PATH + "*", Audience.LAUNCHED, 404, null),
                ProtectedPage.resource(VoiceResource.PATH + "*", Audience.TEACHING, 404, null),
                ProtectedPage.resource(RubricResource.PATH + "*", Audience.TEACHING, 404, null));
    }
}
