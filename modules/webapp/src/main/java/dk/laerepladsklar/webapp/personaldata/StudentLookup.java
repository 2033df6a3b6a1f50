package dk.laerepladsklar.webapp.personaldata;

import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.api.admin.PlatformAdministration;
import dk.laerepladsklar.lti.api.admin.PlatformName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * Turns what an admin typed or a script sent (a platform id and an LMS user id) into a student, or says why not.
 * Only registered platforms count; the user id is only ever a key in parameterised queries, never a path.
 */
@ApplicationScoped
public class StudentLookup {

    @Inject
    PlatformAdministration platforms;

    /** The symbolic reasons a lookup is refused, as the API reports them. */
    public enum Refusal { UNKNOWN_PLATFORM, INVALID_SUBJECT }

    /** Thrown with the reason a lookup is refused. */
    public static class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final Refusal reason;

        Refused(Refusal reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }

        public Refusal reason() {
            return reason;
        }
    }

    public StudentRef find(String platformId, String subject) throws Refused {
        UUID id;
        try {
            id = platformId == null || platformId.length() != 36 ? null : UUID.fromString(platformId);
        } catch (IllegalArgumentException e) {
            id = null;
        }
        if (id == null || !platforms.isRegistered(new PlatformId(id))) {
            throw new Refused(Refusal.UNKNOWN_PLATFORM);
        }
        String trimmed = subject == null ? null : subject.strip();
        if (!StudentRef.isSubject(trimmed)) {
            throw new Refused(Refusal.INVALID_SUBJECT);
        }
        return new StudentRef(new PlatformId(id), trimmed);
    }

    /** Every registered platform, by name. */
    public List<PlatformName> platforms() {
        return platforms.names();
    }
}
