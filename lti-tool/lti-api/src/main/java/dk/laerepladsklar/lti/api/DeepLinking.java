package dk.laerepladsklar.lti.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Answers a Deep Linking request: the teacher's choice goes back to the platform, signed by the tool. */
public interface DeepLinking {

    /** What the platform accepts, for the Deep Linking launch with this id (empty if unknown or expired). */
    Optional<DeepLinkingOptions> options(UUID launchId);

    /**
     * The signed response to post to the platform. Items the platform does not accept are left out
     * (only the first when it does not accept several); the request's {@code data} is echoed.
     *
     * @throws IllegalStateException when the launch is not a Deep Linking request this tool still holds
     */
    AutoPost respond(UUID launchId, List<ContentItem> items);
}
