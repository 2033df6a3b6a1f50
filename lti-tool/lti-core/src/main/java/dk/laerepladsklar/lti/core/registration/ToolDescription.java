package dk.laerepladsklar.lti.core.registration;

import java.net.URI;
import java.util.List;

/**
 * What the tool tells a platform about itself when it registers: its name, URLs and wishes.
 *
 * @param baseUrl     the tool's public base URL, e.g. {@code https://laerepladsklar.example.dk}
 * @param loginUrl    OIDC login initiation URL
 * @param redirectUrl the single redirect URI (launch endpoint)
 * @param jwksUrl     the tool's public keys
 */
public record ToolDescription(String name, String description, String baseUrl, String loginUrl, String redirectUrl,
                              String jwksUrl, String logoUrl) {

    /** Services the tool asks for: line items, scores, results and the roster. */
    public static final List<String> SCOPES = List.of(
            "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
            "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
            "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
            "https://purl.imsglobal.org/spec/lti-ags/scope/score",
            "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");

    /** host[:port] of the target link, as Moodle checks it against {@code domain}. */
    public String domain() {
        URI uri = URI.create(baseUrl);
        return uri.getPort() > 0 ? uri.getHost() + ":" + uri.getPort() : uri.getHost();
    }

    public String targetLinkUri() {
        return baseUrl + "/";
    }
}
