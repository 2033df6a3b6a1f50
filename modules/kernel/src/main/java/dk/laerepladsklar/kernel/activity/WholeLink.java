package dk.laerepladsklar.kernel.activity;

import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.access.CourseRef;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;

/**
 * The way back from a part to its whole, for the layout every page uses: when the page's {@code placement} parameter
 * names a part (a module opened inside a job-search week), a link "Tilbage til <the whole's title>" to the whole's
 * student page, or to its teacher page for staff and mentors, in the same launch. Shown only inside the part's own
 * course (the page itself decides who may see the part); nothing for a whole, an unknown id or a whole that is still
 * provisional (its pages do not open it).
 */
@Named
@RequestScoped
public class WholeLink {

    static final String BUNDLE = "dk.laerepladsklar.kernel.messages";

    @Inject
    HttpServletRequest request;
    @Inject
    SignedInUser user;
    @Inject
    Placements placements;
    @Inject
    ActivityTypes activityTypes;

    /** The link, worked out once per request. */
    record Target(String href, String title) {
    }

    private Optional<Target> target;

    public boolean isShown() {
        return target().isPresent();
    }

    /** The whole's page, with the launch context; empty when no link is shown. */
    public String getHref() {
        return target().map(Target::href).orElse("");
    }

    /** "Tilbage til Jobsøgningsuge 12" in the launch's language. */
    public String getLabel() {
        return target().map(t -> MessageFormat.format(ResourceBundle.getBundle(BUNDLE, user.getLocale())
                .getString("part.backToWhole"), t.title())).orElse("");
    }

    private Optional<Target> target() {
        if (target == null) {
            target = find();
        }
        return target;
    }

    private Optional<Target> find() {
        Optional<LaunchContext> launch = user.context();
        UUID named = placementIn(request.getQueryString());
        if (launch.isEmpty() || named == null) {
            return Optional.empty();
        }
        boolean follows = launch.get().actor().isStaff() || launch.get().actor().isMentor();
        if (!follows && !launch.get().actor().isStudent()) {
            return Optional.empty();
        }
        Optional<CourseRef> course = CourseRef.of(launch.get());
        return placements.find(named).filter(Placement::isPart)
                .filter(part -> course.isPresent() && course.get().equals(CourseRef.of(part)))
                .flatMap(part -> part.getPartOf().flatMap(placements::find))
                .filter(whole -> !whole.isProvisional())
                .flatMap(whole -> activityTypes.find(whole.getActivity().type())
                        .map(type -> follows ? type.teacherPage(whole) : type.studentPage(whole))
                        .map(page -> new Target(user.withContext(request.getContextPath() + page), whole.getTitle())));
    }

    /**
     * The {@code placement} id in a query string, or null. Read from the query string only, never from a posted body
     * (as {@link SignedInUser} reads its launch context): a post keeps its page's parameters in its address.
     */
    static UUID placementIn(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(Placements.PLACEMENT_PARAMETER + "=")) {
                try {
                    return UUID.fromString(URLDecoder.decode(pair.substring(Placements.PLACEMENT_PARAMETER.length() + 1),
                            StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
