package dk.laerepladsklar.apprenticeship.entity;

import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.lti.api.PlatformId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Students, days and applications that read like the domain. */
final class Fixtures {

    static final PlatformId SCHOOL = new PlatformId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    static final StudentRef SARA = new StudentRef(SCHOOL, "sara");
    static final StudentRef OMAR = new StudentRef(SCHOOL, "omar");
    static final LocalDate TODAY = LocalDate.parse("2026-11-10");
    static final Instant NOW = Instant.parse("2026-11-10T09:00:00Z");

    private Fixtures() {
    }

    static ApplicationDetails sent(String company, LocalDate on) {
        return new ApplicationDetails(company, null, "Tømrer", ApplicationChannel.EMAIL, on, ApplicationStatus.SENT,
                on.plusDays(7), null);
    }

    static JobApplication application(String company) {
        return new JobApplication(SARA, "course-1", sent(company, TODAY), TODAY, NOW);
    }

    static Agreement shortAgreement(LocalDate start, LocalDate end) {
        return new Agreement(SARA, null, AgreementType.SHORT, "Tømrerfirma Hansen", "24256790", start, end,
                start.plusMonths(3).isAfter(end) ? end : start.plusMonths(3), TODAY, NOW);
    }
}
