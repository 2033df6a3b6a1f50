package dk.laerepladsklar.lti.api;

import java.util.List;

/** A course's members from the platform (NRPS), following every page. */
public interface Roster {

    /** @throws RosterUnavailable when the platform cannot be asked now (the reason is in the message) */
    List<Member> members(PlatformId platform, String contextMembershipsUrl) throws RosterUnavailable;

    class RosterUnavailable extends Exception {
        private static final long serialVersionUID = 1L;

        public RosterUnavailable(String reason) {
            super(reason);
        }
    }
}
