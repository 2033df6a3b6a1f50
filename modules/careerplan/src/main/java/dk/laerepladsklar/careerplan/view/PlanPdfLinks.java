package dk.laerepladsklar.careerplan.view;

import dk.laerepladsklar.careerplan.boundary.CareerPlanActivity;
import dk.laerepladsklar.careerplan.boundary.CareerProfiles;
import dk.laerepladsklar.kernel.SignedInUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The links from the plan's pages to its PDF and to the one-page profile, for the page's own placement: the student's
 * plan ({@link #own}), a student's plan for their teacher or mentor ({@link #of}), and "Min profil". Whether the PDF
 * may be read, the PDF's endpoint decides; a placement that is not an id gives no link.
 */
@Named
@RequestScoped
public class PlanPdfLinks {

    @Inject
    SignedInUser user;

    public String own(String lang) {
        return placement() == null ? "" : user.withContext(context() + "/api/careerplan/plans/" + placement() + "/pdf")
                + "&lang=" + language(lang);
    }

    public String of(String studentSubject, String lang) {
        return own(lang).isEmpty() || studentSubject == null ? ""
                : own(lang) + "&" + CareerPlanActivity.STUDENT_PARAMETER + "="
                + URLEncoder.encode(studentSubject, StandardCharsets.UTF_8);
    }

    public String getProfile() {
        return placement() == null ? "" : user.withContext(context() + CareerProfiles.PAGE + "?"
                + CareerPlanActivity.PLACEMENT_PARAMETER + "=" + placement());
    }

    private static String language(String lang) {
        return "en".equals(lang) ? "en" : "da";
    }

    private static String context() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    private static UUID placement() {
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get(CareerPlanActivity.PLACEMENT_PARAMETER);
        try {
            return asked == null ? null : UUID.fromString(asked);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
