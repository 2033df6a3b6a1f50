package dk.laerepladsklar.lti.core.deeplinking;

import com.nimbusds.jwt.JWTClaimsSet;
import dk.laerepladsklar.lti.api.AutoPost;
import dk.laerepladsklar.lti.api.ContentItem;
import dk.laerepladsklar.lti.api.DeepLinking;
import dk.laerepladsklar.lti.api.DeepLinkingOptions;
import dk.laerepladsklar.lti.api.LineItemSpec;
import dk.laerepladsklar.lti.core.ags.SubmissionReviewOffer;
import dk.laerepladsklar.lti.core.keys.ToolKeys;
import dk.laerepladsklar.lti.core.login.RandomTokens;
import dk.laerepladsklar.lti.core.validation.LtiClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The {@link DeepLinking} port: the teacher's choice goes back as an {@code LtiDeepLinkingResponse} JWT
 * (Deep Linking 2.0 §2.2), signed with the tool's current key, for the browser to post to the platform's
 * {@code deep_link_return_url} in a field named {@code JWT}.
 */
@ApplicationScoped
public class DeepLinkingResponder implements DeepLinking {

    static final Duration RESPONSE_LIFETIME = Duration.ofMinutes(5);
    static final String JWT_FIELD = "JWT";

    @Inject
    DeepLinkingRequests requests;
    @Inject
    ToolKeys toolKeys;

    Clock clock = Clock.systemUTC();

    @Override
    public Optional<DeepLinkingOptions> options(UUID launchId) {
        return requests.find(launchId).map(DeepLinkingRequest::options);
    }

    @Override
    public AutoPost respond(UUID launchId, List<ContentItem> items) {
        DeepLinkingRequest request = requests.find(launchId)
                .orElseThrow(() -> new IllegalStateException("No Deep Linking request " + launchId + " (unknown or expired)"));
        List<Map<String, Object>> contentItems = accepted(request, items).map(item -> resourceLink(request, item)).toList();
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(request.clientId())
                .audience(request.issuer())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(RESPONSE_LIFETIME)))
                .claim("nonce", RandomTokens.next())
                .claim(LtiClaims.DEPLOYMENT_ID, request.deploymentId())
                .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_RESPONSE)
                .claim(LtiClaims.VERSION, LtiClaims.LTI_VERSION)
                .claim(LtiClaims.DEEP_LINKING_CONTENT_ITEMS, contentItems);
        if (request.data() != null) {
            claims.claim(LtiClaims.DEEP_LINKING_DATA, request.data());
        }
        return new AutoPost(request.returnUrl(), Map.of(JWT_FIELD, toolKeys.sign(claims.build())));
    }

    /** Only resource links, and only the first when the platform takes one item. */
    private static Stream<ContentItem> accepted(DeepLinkingRequest request, List<ContentItem> items) {
        if (items == null || !request.acceptsResourceLinks()) {
            return Stream.empty();
        }
        Stream<ContentItem> chosen = items.stream().filter(java.util.Objects::nonNull);
        return request.acceptsMultiple() ? chosen : chosen.limit(1);
    }

    private static Map<String, Object> resourceLink(DeepLinkingRequest request, ContentItem item) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("type", DeepLinkingRequest.RESOURCE_LINK);
        link.put("title", item.title());
        putIfPresent(link, "text", item.text());
        putIfPresent(link, "url", request.targetLinkUri());
        if (!item.custom().isEmpty()) {
            link.put("custom", new LinkedHashMap<>(item.custom()));
        }
        if (item.lineItem() != null && request.acceptsLineItems()) {
            link.put("lineItem", lineItem(item.lineItem(), request.targetLinkUri()));
        }
        return link;
    }

    /** The column to create; Moodle (4.1 on) keeps {@code submissionReview} and offers the review in its gradebook. */
    private static Map<String, Object> lineItem(LineItemSpec spec, String reviewUrl) {
        Map<String, Object> lineItem = new LinkedHashMap<>();
        lineItem.put("scoreMaximum", spec.scoreMaximum());
        lineItem.put("label", spec.label());
        putIfPresent(lineItem, "resourceId", spec.resourceId());
        putIfPresent(lineItem, "tag", spec.tag());
        lineItem.put(LtiClaims.LINE_ITEM_SUBMISSION_REVIEW, SubmissionReviewOffer.json(reviewUrl));
        return lineItem;
    }

    private static void putIfPresent(Map<String, Object> json, String name, String value) {
        if (value != null && !value.isBlank()) {
            json.put(name, value);
        }
    }
}
