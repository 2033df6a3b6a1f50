package dk.laerepladsklar.lti.api.admin;

import dk.laerepladsklar.lti.api.PlatformId;
import java.util.List;
import java.util.Optional;

/** The registered platforms, as the admin lists, registers and approves them. */
public interface PlatformAdministration {

    /** Every registered platform with its deployments, by name. */
    List<PlatformSummary> all();

    /** Every stored platform, by name, to choose one from. */
    List<PlatformName> names();

    /** The platform registered with this issuer and client id. */
    Optional<PlatformSummary> find(String issuer, String clientId);

    boolean isRegistered(PlatformId id);

    /**
     * Registers the platform or, if its issuer and client id are known, updates it; what the admin registers is
     * approved.
     *
     * @throws IllegalArgumentException saying what to fix, when a field is missing or not acceptable
     */
    PlatformSummary register(PlatformRegistration registration);

    /**
     * Registers every platform in a registration file's JSON (idempotent).
     *
     * @return how many platforms it lists
     * @throws IllegalArgumentException when the JSON or one of its platforms is not acceptable
     */
    int registerAll(String json);

    /** Lets a pending platform's users in; empty if there is no such platform. */
    Optional<PlatformSummary> approve(PlatformId id);

    /** Whether platforms may register without an invitation (they then wait for approval). */
    boolean openRegistration();
}
