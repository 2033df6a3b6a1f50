package dk.laerepladsklar.careerplan.view;

import dk.laerepladsklar.careerplan.boundary.ProfileLinks;
import dk.laerepladsklar.careerplan.boundary.SharedProfileServlet;
import dk.laerepladsklar.careerplan.entity.CareerProfile;
import dk.laerepladsklar.kernel.media.MediaKind;
import dk.laerepladsklar.kernel.media.MediaReadGrant;
import dk.laerepladsklar.kernel.share.SharedPages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The page a company sees through a shared link ({@code /profile/<secret>}, drawn by
 * {@code /shared-profile/profile.xhtml}): what {@link SharedProfileServlet} found, in the visitor's language. Shown:
 * the profile and the photo or film of the work, read through the link's grant. Closed: a friendly "no longer shared"
 * page. Opened any other way (the Facelet's own address), it says the link is unknown.
 */
@Named
@RequestScoped
public class SharedProfileView {

    private ProfileLinks.Opened opened;
    private Locale locale = SharedPages.DANISH;
    private String secret;
    private String context;

    @PostConstruct
    void init() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Object found = external.getRequestMap().get(SharedProfileServlet.OPENED);
        if (found instanceof ProfileLinks.Opened o) {
            opened = o;
            locale = (Locale) external.getRequestMap().get(SharedProfileServlet.LOCALE);
            secret = (String) external.getRequestMap().get(SharedProfileServlet.SECRET);
        } else {
            external.setResponseStatus(404);
            external.setResponseHeader("Cache-Control", "no-store");
        }
        context = external.getRequestContextPath();
    }

    public Locale getLocale() {
        return locale;
    }

    public boolean isShown() {
        return opened != null && opened.isShown();
    }

    /** {@code unknown}, {@code expired} or {@code revoked}: which friendly page. */
    public String getClosedKind() {
        String reason = opened == null || opened.closed() == null ? "PROFILE_LINK_UNKNOWN" : opened.closed().reason();
        return reason.substring("PROFILE_LINK_".length()).toLowerCase(Locale.ROOT);
    }

    public CareerProfile getProfile() {
        return opened.shown().profile();
    }

    public boolean isWorkShown() {
        return opened.shown().workPlayable();
    }

    public boolean isWorkVideo() {
        return getProfile().getWorkKind() == MediaKind.VIDEO;
    }

    public String getWorkUrl() {
        return context + ProfileView.MEDIA_ITEMS + getProfile().getWorkMediaId() + "?" + MediaReadGrant.PARAMETER + "="
                + secret;
    }

    public String getExpires() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .withZone(ZoneId.of("Europe/Copenhagen")).format(opened.shown().link().getExpiresAt());
    }
}
