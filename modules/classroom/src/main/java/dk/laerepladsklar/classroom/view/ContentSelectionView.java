package dk.laerepladsklar.classroom.view;

import dk.laerepladsklar.kernel.PageMessages;
import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.access.Access;
import dk.laerepladsklar.kernel.access.CourseRef;
import dk.laerepladsklar.kernel.activity.ActivityOffer;
import dk.laerepladsklar.kernel.activity.ActivityRef;
import dk.laerepladsklar.kernel.activity.ActivityTypes;
import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.activity.Placements;
import dk.laerepladsklar.lti.api.AutoPost;
import dk.laerepladsklar.lti.api.ContentItem;
import dk.laerepladsklar.lti.api.DeepLinking;
import dk.laerepladsklar.lti.api.DeepLinkingOptions;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.lti.api.LaunchKind;
import dk.laerepladsklar.lti.api.LineItemSpec;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Vælg indhold": the teacher picks one or several activities in Moodle's or Canvas's Deep Linking dialog.
 * Each choice becomes a placement and an {@code ltiResourceLink} with a gradebook column, sent back signed for
 * the Deep Linking launch this page belongs to (its launch context), placed in that launch's course. The placement
 * is provisional (shown nowhere) until the first launch of its link shows that the LMS kept it.
 */
@Named
@ViewScoped
public class ContentSelectionView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String BUNDLE = "dk.laerepladsklar.classroom.messages";

    @Inject
    SignedInUser user;
    @Inject
    ActivityTypes activityTypes;
    @Inject
    Placements placements;
    @Inject
    DeepLinking deepLinking;
    @Inject
    Access access;

    private List<ActivityOffer> offers = List.of();
    private final HashMap<String, Boolean> chosen = new HashMap<>();
    private DeepLinkingOptions options;
    private AutoPost response;

    @PostConstruct
    void init() {
        LaunchContext launch = user.current();
        if (launch.kind() == LaunchKind.DEEP_LINKING && CourseRef.of(launch).filter(c -> access.mayTeach(launch, c)).isPresent()) {
            options = deepLinking.options(launch.launchId()).orElse(null);
            offers = activityTypes.offers(launch.locale());
        }
    }

    /** Whether this page was opened by a Deep Linking request the tool still holds. */
    public boolean isAvailable() {
        return options != null && options.acceptsResourceLinks();
    }

    public boolean isAcceptsMultiple() {
        return options != null && options.acceptsMultiple();
    }

    public List<ActivityOffer> getOffers() {
        return offers;
    }

    public Map<String, Boolean> getChosen() {
        return chosen;
    }

    public AutoPost getResponse() {
        return response;
    }

    /** Places the chosen activities and prepares the signed answer to the platform. */
    public void send() {
        LaunchContext launch = user.current();
        if (!isAvailable() || launch.course() == null) {
            PageMessages.error(BUNDLE, launch.locale(), "select.none");
            return;
        }
        List<ActivityOffer> picked = offers.stream().filter(o -> Boolean.TRUE.equals(chosen.get(o.ref().toString()))).toList();
        if (picked.isEmpty()) {
            PageMessages.error(BUNDLE, launch.locale(), "select.none");
            return;
        }
        if (picked.size() > 1 && !options.acceptsMultiple()) {
            PageMessages.error(BUNDLE, launch.locale(), "select.onlyOne");
            return;
        }
        List<ContentItem> items = new ArrayList<>();
        for (ActivityOffer offer : picked) {
            Placement placement = placements.create(launch.platform(), launch.course().id(), offer.ref(), offer.title(),
                    offer.scoreMaximum());
            // The placement stays provisional until the LMS launches the link (the teacher may still cancel the
            // LMS's dialog); should it be cleaned up before then, the activity and maximum make it again.
            Map<String, String> custom = Map.of(ActivityRef.CUSTOM_PARAMETER, offer.ref().toString(),
                    Placements.PLACEMENT_PARAMETER, placement.getId().toString(),
                    Placements.SCORE_MAXIMUM_PARAMETER, java.math.BigDecimal.valueOf(offer.scoreMaximum())
                            .stripTrailingZeros().toPlainString());
            LineItemSpec column = offer.graded()
                    ? new LineItemSpec(offer.scoreMaximum(), offer.title(), offer.ref().toString(), "progress") : null;
            items.add(new ContentItem(offer.title(), offer.description(), custom, column));
        }
        response = deepLinking.respond(launch.launchId(), items);
    }
}
