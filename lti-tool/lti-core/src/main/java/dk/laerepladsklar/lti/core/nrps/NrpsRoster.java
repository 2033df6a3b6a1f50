package dk.laerepladsklar.lti.core.nrps;

import dk.laerepladsklar.lti.api.Member;
import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.api.Roster;
import dk.laerepladsklar.lti.core.Origins;
import dk.laerepladsklar.lti.core.net.PlatformUnreachable;
import dk.laerepladsklar.lti.core.services.Json;
import dk.laerepladsklar.lti.core.services.ServiceCalls;
import dk.laerepladsklar.lti.core.services.TokenUnavailable;
import dk.laerepladsklar.lti.core.validation.LtiClaims;
import dk.laerepladsklar.lti.core.validation.RoleMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The {@link Roster} port over LTI Names and Role Provisioning Services 2.0. Follows {@code Link: <..>;
 * rel="next"} (Canvas pages at 50) within the platform's own origin, up to {@link #MAX_PAGES} pages.
 * Roles may be short names (Moodle) or full URIs; name and email only when the platform shares them.
 */
@ApplicationScoped
public class NrpsRoster implements Roster {

    private static final Logger LOG = Logger.getLogger(NrpsRoster.class);

    static final String MEMBERSHIP_CONTAINER = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    static final int MAX_PAGES = 100;

    @Inject
    ServiceCalls calls;

    @Override
    public List<Member> members(PlatformId platform, String contextMembershipsUrl) throws RosterUnavailable {
        URI first = absoluteUrl(contextMembershipsUrl);
        List<Member> members = new ArrayList<>();
        Set<URI> fetched = new HashSet<>();
        URI page = first;
        while (page != null && fetched.add(page)) {
            if (fetched.size() > MAX_PAGES) {
                LOG.warnf("Roster %s of platform %s has more than %d pages", first, platform, MAX_PAGES);
                throw new RosterUnavailable("TOO_MANY_PAGES: more than " + MAX_PAGES);
            }
            HttpResponse<String> response = fetch(platform, page);
            members.addAll(parse(response.body(), page));
            page = next(response, page, first);
        }
        return members;
    }

    private HttpResponse<String> fetch(PlatformId platform, URI page) throws RosterUnavailable {
        try {
            HttpResponse<String> response = calls.send(platform, LtiClaims.SCOPE_NRPS,
                    () -> HttpRequest.newBuilder(page).header("Accept", MEMBERSHIP_CONTAINER).GET());
            if (response.statusCode() != 200) {
                LOG.infof("Roster page %s of platform %s: HTTP %d", page, platform, response.statusCode());
                throw new RosterUnavailable("HTTP_" + response.statusCode());
            }
            return response;
        } catch (TokenUnavailable e) {
            throw new RosterUnavailable("TOKEN_" + e.kind() + ": " + e.detail());
        } catch (PlatformUnreachable e) {
            if (e.refused()) {
                throw new RosterUnavailable(PlatformUnreachable.CODE); // logged where it was refused
            }
            LOG.infof("Roster page %s of platform %s not fetched: %s", page, platform, e.getMessage());
            throw new RosterUnavailable(e.reason() == PlatformUnreachable.Reason.TIMEOUT ? "TIMEOUT" : "UNREACHABLE");
        } catch (IOException e) {
            LOG.infof("Roster page %s of platform %s not fetched: %s", page, platform, e.toString());
            throw new RosterUnavailable("UNREACHABLE");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RosterUnavailable("INTERRUPTED");
        }
    }

    /** The next page, resolved against this one; only on the roster's own origin, where the token may go. */
    private static URI next(HttpResponse<String> response, URI page, URI first) throws RosterUnavailable {
        String target = LinkHeaders.target(response.headers().allValues("Link"), "next").orElse(null);
        if (target == null || target.isBlank()) {
            return null;
        }
        URI next;
        try {
            next = page.resolve(target);
        } catch (IllegalArgumentException e) {
            throw new RosterUnavailable("MALFORMED_NEXT_LINK");
        }
        Optional<String> nextOrigin = Origins.of(next.toString());
        if (nextOrigin.isEmpty() || !nextOrigin.equals(Origins.of(first.toString()))) {
            LOG.warnf("Roster %s points its next page to another origin: %s", first, next);
            throw new RosterUnavailable("NEXT_LINK_TO_OTHER_ORIGIN");
        }
        return next;
    }

    static List<Member> parse(String body, URI page) throws RosterUnavailable {
        Map<String, Object> container;
        try {
            container = Json.object(body);
        } catch (ParseException e) {
            throw new RosterUnavailable("MALFORMED_RESPONSE: not JSON");
        }
        if (!(container.get("members") instanceof List<?> entries)) {
            throw new RosterUnavailable("MALFORMED_RESPONSE: no members");
        }
        List<Member> members = new ArrayList<>(entries.size());
        for (Object entry : entries) {
            if (entry instanceof Map<?, ?>) {
                @SuppressWarnings("unchecked")
                Map<String, Object> member = (Map<String, Object>) entry;
                String userId = Json.text(member, "user_id");
                if (userId == null || userId.isBlank()) {
                    LOG.debugf("Roster page %s has a member without user_id", page);
                    continue;
                }
                members.add(new Member(userId, name(member), Json.text(member, "email"),
                        RoleMapper.map(Json.texts(member.get("roles"))), active(Json.text(member, "status"))));
            }
        }
        return members;
    }

    /** NRPS §2.3: status defaults to Active; Inactive and Deleted members are not active. */
    private static boolean active(String status) {
        return status == null || status.isBlank() || "Active".equalsIgnoreCase(status.strip());
    }

    private static String name(Map<String, Object> member) {
        String name = Json.text(member, "name");
        if (name != null && !name.isBlank()) {
            return name;
        }
        String given = Json.text(member, "given_name");
        String family = Json.text(member, "family_name");
        String joined = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        return joined.isEmpty() ? null : joined;
    }

    private static URI absoluteUrl(String url) throws RosterUnavailable {
        try {
            URI uri = URI.create(url);
            if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
            return uri;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RosterUnavailable("BAD_MEMBERSHIPS_URL");
        }
    }
}
