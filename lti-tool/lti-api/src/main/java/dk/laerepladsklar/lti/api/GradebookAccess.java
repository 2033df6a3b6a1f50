package dk.laerepladsklar.lti.api;

import java.util.Optional;

/**
 * What a launch says about the gradebook: where the link's columns live. URLs are opaque to features;
 * only the grade publisher resolves them.
 *
 * @param lineItems  the context's line items container, if the platform offers line item management
 * @param lineItem   the single column tied to this link, if there is exactly one
 * @param canManageLineItems whether the tool may create columns
 * @param canPublishScores whether the tool may send scores
 */
public record GradebookAccess(String lineItems, String lineItem, boolean canManageLineItems, boolean canPublishScores) implements java.io.Serializable {
    public Optional<String> lineItemUrl() {
        return Optional.ofNullable(lineItem);
    }

    public Optional<String> lineItemsUrl() {
        return Optional.ofNullable(lineItems);
    }
}
