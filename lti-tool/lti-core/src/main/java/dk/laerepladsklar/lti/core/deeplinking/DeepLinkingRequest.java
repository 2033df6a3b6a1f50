package dk.laerepladsklar.lti.core.deeplinking;

import dk.laerepladsklar.lti.api.DeepLinkingOptions;
import dk.laerepladsklar.lti.api.PlatformId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A Deep Linking request this tool still holds: where to answer, what the platform accepts, and who signs
 * for whom.
 *
 * @param acceptTypes    {@code accept_types}, or null when the platform did not say
 * @param acceptMultiple {@code accept_multiple}, or null when the platform did not say
 * @param acceptLineItem {@code accept_lineitem}, or null when the platform did not say (Moodle does not)
 * @param data           the opaque {@code data} to echo, or null
 * @param targetLinkUri  the launch's {@code target_link_uri}: the URL each returned link launches
 */
public record DeepLinkingRequest(UUID launchId,
                                 PlatformId platform,
                                 String issuer,
                                 String clientId,
                                 String deploymentId,
                                 String returnUrl,
                                 List<String> acceptTypes,
                                 Boolean acceptMultiple,
                                 Boolean acceptLineItem,
                                 Object data,
                                 String title,
                                 String targetLinkUri,
                                 Instant expiresAt) {

    static final String RESOURCE_LINK = "ltiResourceLink";

    public DeepLinkingRequest {
        Objects.requireNonNull(launchId, "launch id");
        Objects.requireNonNull(returnUrl, "deep_link_return_url");
        acceptTypes = acceptTypes == null ? null : List.copyOf(acceptTypes);
    }

    /** Deep Linking §4.4.1 makes accept_types required; a platform that leaves it out gets resource links. */
    public boolean acceptsResourceLinks() {
        return acceptTypes == null || acceptTypes.contains(RESOURCE_LINK);
    }

    /** Without {@code accept_multiple} only one item is sure to be taken. */
    public boolean acceptsMultiple() {
        return Boolean.TRUE.equals(acceptMultiple);
    }

    /**
     * Only an explicit {@code accept_lineitem: false} refuses line items: the spec says an absent flag allows
     * no assumption, and Moodle, which never sends it, creates a column only from a content item's lineItem.
     */
    public boolean acceptsLineItems() {
        return !Boolean.FALSE.equals(acceptLineItem);
    }

    public DeepLinkingOptions options() {
        return new DeepLinkingOptions(acceptsMultiple(), acceptsResourceLinks(), acceptsLineItems(), title);
    }

    boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
