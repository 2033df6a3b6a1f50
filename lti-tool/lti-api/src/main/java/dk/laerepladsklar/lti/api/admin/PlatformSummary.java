package dk.laerepladsklar.lti.api.admin;

import dk.laerepladsklar.lti.api.PlatformId;
import java.util.Set;

/** A registered platform as the admin sees it: who it is, its deployments, and whether its users are let in. */
public record PlatformSummary(PlatformId platformId,
                              String issuer,
                              String clientId,
                              String name,
                              Set<String> deploymentIds,
                              boolean approved) {

    public PlatformSummary {
        deploymentIds = Set.copyOf(deploymentIds);
    }

    /** The platform in one line for the audit log (the same words the admin API writes). */
    public String description() {
        return issuer + " client_id " + clientId + " deployments " + deploymentIds.stream().sorted().toList();
    }
}
