package dk.laerepladsklar.apprenticeship.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.laerepladsklar.apprenticeship.entity.ApplicationChannel;
import dk.laerepladsklar.apprenticeship.entity.ApplicationDetails;
import dk.laerepladsklar.apprenticeship.entity.ApplicationStatus;
import dk.laerepladsklar.apprenticeship.entity.ApplicationStep;
import dk.laerepladsklar.apprenticeship.entity.JobApplication;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.lti.api.PlatformId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** "5 sendt · 1 samtale": an interview counts once reached, even when the application was rejected after it. */
class ApplicationCountsTest {

    @Test
    void interviewsAndOffersCountFromTheHistory() {
        StudentRef sara = new StudentRef(new PlatformId(UUID.randomUUID()), "sara");
        LocalDate today = LocalDate.parse("2026-11-10");
        Instant now = Instant.parse("2026-11-10T09:00:00Z");
        List<JobApplication> applications = new ArrayList<>();
        List<ApplicationStep> steps = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            JobApplication a = new JobApplication(sara, "c", new ApplicationDetails("Firma " + i, null, null,
                    ApplicationChannel.EMAIL, today, ApplicationStatus.SENT, null, null), today, now);
            applications.add(a);
            steps.add(a.logged("sara", now));
        }
        steps.add(applications.get(0).moveTo(ApplicationStatus.INTERVIEW_CALLED, "sara", today, now));
        steps.add(applications.get(0).moveTo(ApplicationStatus.REJECTED, "sara", today, now));
        steps.add(applications.get(1).moveTo(ApplicationStatus.OFFER, "sara", today, now));
        steps.add(applications.get(2).moveTo(ApplicationStatus.WITHDRAWN, "sara", today, now));
        ApplicationCounts counts = ApplicationCounts.of(applications, steps);
        assertEquals(new ApplicationCounts(5, 2, 1, 3), counts,
                "the rejected one had an interview; the offer counts as one too (skipped the interview step)");
        assertEquals(new ApplicationCounts(0, 0, 0, 0), ApplicationCounts.of(List.of(), List.of()));
    }
}
