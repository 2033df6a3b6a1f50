package dk.laerepladsklar.kernel;

import dk.laerepladsklar.kernel.access.Audience;
import dk.laerepladsklar.kernel.access.SchoolRoles;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.launch.LaunchContexts;
import dk.laerepladsklar.lti.api.Actor;
import dk.laerepladsklar.lti.api.Launch;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The person acting in this request, and in which launch: the launch context named by the request's
 * {@value #PARAMETER} parameter, looked up in this browser session. A request without one, or with an id this
 * session does not hold (stale, dropped, or another session's), is not signed in.
 *
 * <p>The id is read from the query string only (every page, form action and redirect carries it there), never
 * from a posted body, so nothing here parses a form before Faces has set its character encoding.
 */
@Named
@RequestScoped
public class SignedInUser {

    /** The query parameter every page and action of a launch carries. */
    public static final String PARAMETER = "lc";

    @Inject
    HttpServletRequest request;
    @Inject
    Instance<LaunchContexts> contexts;
    @Inject
    Instance<SchoolRoles> schoolRoles;

    private LaunchContext context;
    private String asked;
    private boolean resolved;
    private Boolean followingSchool;

    /** The launch context of this request, if it names one this session holds. */
    public Optional<LaunchContext> context() {
        if (!resolved) {
            resolved = true;
            asked = idIn(request.getQueryString());
            if (asked != null && LaunchContexts.isWellFormed(asked) && request.getSession(false) != null) {
                context = contexts.get().find(asked).orElse(null);
            }
        }
        return Optional.ofNullable(context);
    }

    /** Whether the request named a context that this session does not hold (for the log's reason). */
    public boolean isContextUnknown() {
        return context().isEmpty() && asked != null;
    }

    public boolean isSignedIn() {
        return context().isPresent();
    }

    /** The context, for pages that only signed-in users reach (the access filter guarantees it). */
    public LaunchContext current() {
        return context().orElseThrow(NotSignedIn::new);
    }

    public Actor actor() {
        return current().actor();
    }

    /** The id to carry on links and forms; empty when not signed in. */
    public String getContextId() {
        return context().map(LaunchContext::id).orElse("");
    }

    /** The URL with this request's context added, for links built in page beans and templates. */
    public String withContext(String url) {
        return context().map(c -> withContext(url, c.id())).orElse(url);
    }

    public static String withContext(String url, String contextId) {
        if (url == null || contextId == null || contextId.isEmpty() || idIn(query(url)) != null) {
            return url;
        }
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? "" : url.substring(hash);
        String base = hash < 0 ? url : url.substring(0, hash);
        return base + (base.contains("?") ? "&" : "?") + PARAMETER + "=" + contextId + fragment;
    }

    public boolean isStaff() {
        return context().map(c -> c.actor().isStaff()).orElse(false);
    }

    public boolean isStudent() {
        return context().map(c -> c.actor().isStudent()).orElse(false);
    }

    public boolean isMentor() {
        return context().map(c -> c.actor().isMentor()).orElse(false);
    }

    /** An LMS administrator of the launch's school: may open the school's settings. */
    public boolean isSchoolAdministrator() {
        return context().map(c -> Audience.ADMINISTERING_SCHOOL.admits(c.actor())).orElse(false);
    }

    /**
     * Whether this person follows the whole school (an LMS administrator, or a consultant of the launch's school,
     * whatever their role here): for links to the school-wide pages. Asked once a request.
     */
    public boolean isFollowingSchool() {
        if (followingSchool == null) {
            followingSchool = context().map(c -> Audience.FOLLOWING_SCHOOL.admits(c.actor(), schoolRoles.get()))
                    .orElse(false);
        }
        return followingSchool;
    }

    /** Observer, guest, no role: sees the page that says what they can do. */
    public boolean isOther() {
        return context().map(c -> c.actor().isOther()).orElse(false);
    }

    /** Whether this person sees the class (a teacher, or a mentor who sees their mentees there). */
    public boolean isFollowingClass() {
        return isStaff() || isMentor();
    }

    public Optional<UUID> placement() {
        return context().flatMap(LaunchContext::placement);
    }

    /** Ties the placed activity a teacher chose to this launch, so its pages open it from now on. */
    public void openPlacement(UUID placementId) {
        contexts.get().openPlacement(current().id(), placementId).ifPresent(updated -> context = updated);
    }

    public Locale getLocale() {
        return context().map(LaunchContext::locale).orElse(Launch.DANISH);
    }

    /** The name to greet with; empty when the platform shared no name. */
    public String getDisplayName() {
        return context().flatMap(c -> c.actor().name()).orElse("");
    }

    public String getCourseTitle() {
        return context().flatMap(LaunchContext::courseIfAny).map(c -> c.displayTitle()).orElse("");
    }

    /** The value of {@value #PARAMETER} in a query string, or null. */
    static String idIn(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(PARAMETER + "=")) {
                return pair.substring(PARAMETER.length() + 1); // ids are URL-safe: nothing to decode
            }
        }
        return null;
    }

    private static String query(String url) {
        int question = url.indexOf('?');
        int hash = url.indexOf('#');
        return question < 0 ? null : url.substring(question + 1, hash > question ? hash : url.length());
    }

    /** Thrown when a page for signed-in users is reached without a launch. */
    public static class NotSignedIn extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NotSignedIn() {
            super("Not signed in", null, false, false);
        }
    }
}
