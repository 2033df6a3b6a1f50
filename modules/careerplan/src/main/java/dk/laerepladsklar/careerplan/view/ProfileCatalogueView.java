package dk.laerepladsklar.careerplan.view;

import dk.laerepladsklar.careerplan.boundary.ProfileCatalogue;
import dk.laerepladsklar.careerplan.entity.CareerPlan;
import dk.laerepladsklar.careerplan.entity.CareerProfile;
import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.media.MediaKind;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The school's catalogue of published profiles ({@code /careerplan/profiles.xhtml}, for the school's LMS
 * administrators and its apprenticeship consultants), filtered by trade with {@code ?trade=}.
 */
@Named
@RequestScoped
public class ProfileCatalogueView {

    @Inject
    SignedInUser user;
    @Inject
    ProfileCatalogue catalogue;

    private List<CareerProfile> profiles = List.of();
    private List<String> trades = List.of();
    private String trade = "";
    private String context = "";

    @PostConstruct
    void init() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        context = external.getRequestContextPath();
        if (!user.isSignedIn()) {
            return;
        }
        String asked = external.getRequestParameterMap().get(ProfileCatalogue.TRADE_PARAMETER);
        // a trade longer than any trade can be is no trade: the whole catalogue
        trade = asked == null || asked.length() > CareerPlan.MAX_FIELD ? "" : asked.strip();
        profiles = catalogue.published(user.current(), trade);
        trades = catalogue.trades(user.current());
    }

    public List<CareerProfile> getProfiles() {
        return profiles;
    }

    public List<String> getTrades() {
        return trades;
    }

    public String getTrade() {
        return trade;
    }

    public String getAction() {
        return context + ProfileCatalogue.PAGE;
    }

    public String getLaunchContextId() {
        return user.getContextId();
    }

    public String workUrl(CareerProfile profile) {
        return profile.getWorkMediaId() == null ? ""
                : user.withContext(context + ProfileView.MEDIA_ITEMS + profile.getWorkMediaId());
    }

    public boolean isVideo(CareerProfile profile) {
        return profile.getWorkKind() == MediaKind.VIDEO;
    }
}
