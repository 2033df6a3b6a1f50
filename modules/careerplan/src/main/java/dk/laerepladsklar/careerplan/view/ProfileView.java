package dk.laerepladsklar.careerplan.view;

import dk.laerepladsklar.careerplan.boundary.CareerPlanActivity;
import dk.laerepladsklar.careerplan.boundary.CareerPlans;
import dk.laerepladsklar.careerplan.boundary.CareerProfiles;
import dk.laerepladsklar.careerplan.boundary.PlacedPlan;
import dk.laerepladsklar.careerplan.boundary.PlanPlacements;
import dk.laerepladsklar.careerplan.boundary.ProfileResource;
import dk.laerepladsklar.careerplan.entity.CareerProfile;
import dk.laerepladsklar.careerplan.entity.PlanSection;
import dk.laerepladsklar.careerplan.entity.ProfileLink;
import dk.laerepladsklar.careerplan.entity.ProfileStrength;
import dk.laerepladsklar.kernel.PageMessages;
import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.media.MediaKind;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The student's one-page profile ({@code /careerplan/profile.xhtml?placement=…}): the form with its words (three
 * strengths with an example each, trade, area, how to reach them), the photo or film of their work (uploaded to the
 * media store with the shared picker), a preview as a company sees it, publish or withdraw, the PDF in Danish or
 * English, and the shared links with their views. The forms post to {@link ProfileResource}, which sends the browser
 * back here with what happened.
 */
@Named
@RequestScoped
public class ProfileView {

    static final String MEDIA_UPLOADS = "/api/media/uploads";
    static final String MEDIA_ITEMS = "/api/media/items/";
    /** A short film: two minutes is enough to show a piece of work. */
    static final int WORK_SECONDS = 120;
    static final long WORK_MAX_BYTES = 300L * 1024 * 1024;

    @Inject
    SignedInUser user;
    @Inject
    PlanPlacements placements;
    @Inject
    CareerProfiles profiles;
    @Inject
    CareerPlans plans;

    private PlacedPlan placed;
    private CareerProfile profile;
    private List<ProfileLink> links = List.of();
    private String planStrengths = "";
    private Map<String, String> parameters = Map.of();
    private String context = "";
    private String newLink;
    /** The words of a refused form, shown again instead of what is saved. */
    private Map<String, String> typed = Map.of();

    @PostConstruct
    void init() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        parameters = external.getRequestParameterMap();
        context = external.getRequestContextPath();
        if (!user.isSignedIn()) {
            return;
        }
        placed = placements.openToWrite(parameters.get(CareerPlanActivity.PLACEMENT_PARAMETER), user.current())
                .orElse(null);
        if (placed == null) {
            return;
        }
        profile = profiles.open(placed, user.current());
        HttpSession session = (HttpSession) external.getSession(false);
        String key = ProfileResource.TYPED + placed.placementId();
        if (session != null && session.getAttribute(key) instanceof Map<?, ?> words) {
            session.removeAttribute(key);
            if (parameters.get("refused") != null) {
                @SuppressWarnings("unchecked")
                Map<String, String> kept = (Map<String, String>) words;
                typed = kept;
            }
        }
        links = profiles.links(profile);
        planStrengths = plans.find(new StudentRef(user.current().platform(), user.actor().subject()))
                .flatMap(p -> p.answer(PlanSection.STRENGTHS)).map(a -> a.getText()).orElse("");
    }

    public boolean isFound() {
        return profile != null;
    }

    public CareerProfile getProfile() {
        return profile;
    }

    /** One strength of the form: its number, and the words saved (or just typed and refused). */
    public record StrengthRow(int number, String strength, String example) {
    }

    /** Three rows for the form: the strengths written so far, then empty ones. */
    public List<StrengthRow> getStrengthRows() {
        List<StrengthRow> rows = new ArrayList<>();
        List<ProfileStrength> saved = profile.getStrengths();
        for (int i = 1; i <= CareerProfile.MAX_STRENGTHS; i++) {
            ProfileStrength s = i <= saved.size() ? saved.get(i - 1) : null;
            rows.add(new StrengthRow(i, field("strength" + i, s == null ? "" : s.getStrength()),
                    field("example" + i, s == null ? "" : s.getExample())));
        }
        return rows;
    }

    /** What a field of the form shows: the words just refused, or else what is saved. */
    public String field(String name, String saved) {
        return typed.isEmpty() ? saved : typed.getOrDefault(name, "");
    }

    public boolean isTypedShown() {
        return !typed.isEmpty();
    }

    public String getPlanStrengths() {
        return planStrengths;
    }

    public boolean isWorkVideo() {
        return profile.getWorkKind() == MediaKind.VIDEO;
    }

    public String getWorkUrl() {
        return profile.getWorkMediaId() == null ? ""
                : user.withContext(context + MEDIA_ITEMS + profile.getWorkMediaId());
    }

    // ---- what just happened

    /** The sentence for a refused step, in the student's language; empty when nothing was refused. */
    public String getRefusal() {
        String code = parameters.get("refused");
        if (code == null || !code.matches("[A-Z_]{1,60}")) {
            return "";
        }
        ResourceBundle texts = ResourceBundle.getBundle(CareerPlanActivity.BUNDLE, user.getLocale());
        return texts.containsKey("refused." + code) ? texts.getString("refused." + code)
                : texts.getString("profile.refused.other");
    }

    public String getDone() {
        // the media picker comes back with &saved=work once the photo or film is stored
        String done = "work".equals(parameters.get("saved")) ? "work" : parameters.get("done");
        if (done == null || !done.matches("[a-z-]{1,20}")) {
            return "";
        }
        ResourceBundle texts = ResourceBundle.getBundle(CareerPlanActivity.BUNDLE, user.getLocale());
        return texts.containsKey("profile.done." + done) ? texts.getString("profile.done." + done) : "";
    }

    /** The address of the link just made, shown once: taken out of the session as the page shows it. */
    public String getNewLink() {
        if (newLink == null) {
            HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
            String key = ProfileResource.NEW_LINK + profile.getId();
            if (session != null && session.getAttribute(key) instanceof String address) {
                session.removeAttribute(key);
                newLink = address;
            } else {
                newLink = "";
            }
        }
        return newLink;
    }

    // ---- links

    /** One shared link as the student sees it. */
    public record LinkRow(String id, String state, String stateText, String created, String expires, int views,
                          String lastView, boolean open) {
    }

    public List<LinkRow> getLinks() {
        Instant now = Instant.now();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(user.getLocale()).withZone(ZoneId.of("Europe/Copenhagen"));
        return links.stream().map(l -> new LinkRow(l.getId().toString(), l.state(now).name().toLowerCase(),
                text("profile.link.state." + l.state(now).name()), when.format(l.getCreatedAt()),
                when.format(l.getExpiresAt()), l.getViewCount(),
                l.getLastViewAt() == null ? "" : when.format(l.getLastViewAt()), l.isOpen(now))).toList();
    }

    public int getDefaultDays() {
        return (int) ProfileLink.LIFETIME.toDays();
    }

    public int getMaxDays() {
        return ProfileLink.MAX_DAYS;
    }

    // ---- addresses

    private String api(String tail) {
        return user.withContext(context + ProfileResource.PATH + placed.placementId() + tail);
    }

    public String getEditAction() {
        return api("");
    }

    public String getPublishAction() {
        return api("/publish");
    }

    public String getWithdrawAction() {
        return api("/withdraw");
    }

    public String getRemoveWorkAction() {
        return api("/work/remove");
    }

    public String getLinksAction() {
        return api("/links");
    }

    public String revokeAction(String linkId) {
        return api("/links/" + linkId + "/revoke");
    }

    public String pdfUrl(String lang) {
        return api("/pdf") + "&lang=" + ("en".equals(lang) ? "en" : "da");
    }

    public String planPdfUrl(String lang) {
        return user.withContext(context + "/api/careerplan/plans/" + placed.placementId() + "/pdf")
                + "&lang=" + ("en".equals(lang) ? "en" : "da");
    }

    public String getPlanUrl() {
        return user.withContext(context + CareerPlanActivity.PLAN_PAGE + "?" + CareerPlanActivity.PLACEMENT_PARAMETER
                + "=" + placed.placementId());
    }

    public String getPageUrl() {
        return user.withContext(context + CareerProfiles.PAGE + "?" + CareerPlanActivity.PLACEMENT_PARAMETER + "="
                + placed.placementId());
    }

    public String getMediaUploads() {
        return context + MEDIA_UPLOADS;
    }

    public String getLaunchContextId() {
        return user.getContextId();
    }

    public String getWorkPurpose() {
        return CareerProfiles.PURPOSE;
    }

    public String getWorkReference() {
        return CareerProfiles.WORK_REFERENCE;
    }

    public long getWorkMaxBytes() {
        return WORK_MAX_BYTES;
    }

    public long getWorkMaxMegabytes() {
        return WORK_MAX_BYTES / (1024 * 1024);
    }

    public int getWorkSeconds() {
        return WORK_SECONDS;
    }

    public int getWorkMinutes() {
        return WORK_SECONDS / 60;
    }

    public int getMaxStrength() {
        return CareerProfile.MAX_STRENGTH;
    }

    public int getMaxExample() {
        return CareerProfile.MAX_EXAMPLE;
    }

    public int getMaxName() {
        return CareerProfile.MAX_NAME;
    }

    public int getMaxContact() {
        return CareerProfile.MAX_CONTACT;
    }

    public int getMaxField() {
        return dk.laerepladsklar.careerplan.entity.CareerPlan.MAX_FIELD;
    }

    private String text(String key) {
        return PageMessages.text(CareerPlanActivity.BUNDLE, user.getLocale(), key);
    }
}
