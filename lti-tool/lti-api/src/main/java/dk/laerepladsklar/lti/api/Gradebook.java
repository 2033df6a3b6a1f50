package dk.laerepladsklar.lti.api;

import java.util.Optional;

/**
 * The LMS gradebook (LTI Assignment and Grade Services), as a port. Calls are synchronous and do one
 * attempt each; retrying, ordering and deduplication belong to the caller's outbox.
 */
public interface Gradebook {

    /** Sends one score to a column; never throws for platform trouble, it answers with the outcome. */
    Delivery publish(LineItemRef lineItem, Score score);

    /**
     * Creates a column in the context's line items container, tied to a resource link.
     *
     * @return the new column, or empty when the platform refused (the reason is logged)
     */
    Optional<LineItemRef> createLineItem(PlatformId platform, String lineItemsUrl, LineItemSpec spec, String resourceLinkId);
}
