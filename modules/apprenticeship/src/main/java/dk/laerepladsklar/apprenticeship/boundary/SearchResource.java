package dk.laerepladsklar.apprenticeship.boundary;

import dk.laerepladsklar.kernel.form.FormBody;
import dk.laerepladsklar.apprenticeship.entity.AgreementType;
import dk.laerepladsklar.apprenticeship.entity.ApplicationChannel;
import dk.laerepladsklar.apprenticeship.entity.ApplicationDetails;
import dk.laerepladsklar.apprenticeship.entity.ApplicationStatus;
import dk.laerepladsklar.apprenticeship.entity.ApprenticeshipRefused;
import dk.laerepladsklar.apprenticeship.entity.CheckInAnswer;
import dk.laerepladsklar.apprenticeship.entity.JobApplication;
import dk.laerepladsklar.apprenticeship.entity.PlacementState;
import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Where the search page's forms go (post, redirect, get), under {@code /api/apprenticeship/search/{placement}/}:
 * {@code applications} (company, cvr, trade, channel, sent, status, followUp, notes), {@code applications/{id}/status}
 * (status), {@code applications/{id}/followed-up}, {@code status} (state, registered), {@code agreement} (type, company,
 * cvr, starts, ends, probation, application) and {@code check-in} (wellbeing, learning, support, note); and, for the
 * course's staff, {@code /api/apprenticeship/term/{placement}} (department, gf2End). Each answers with a redirect back
 * to the search page, {@code &saved=<what>} or {@code &refused=<REASON>} (nothing changed). A placement the launch may
 * not work in, or a post without the launch's context, is 404.
 */
@Path("apprenticeship")
@RequestScoped
public class SearchResource {

    /** An application with its longest notes, in the worst percent-encoding, fits easily. */
    private static final int MAX_FORM = 64 * 1024;

    public static final String SEARCH_PATH = SearchPages.API + "search/";
    public static final String TERM_PATH = SearchPages.API + "term/";
    private static final Logger LOG = Logger.getLogger(SearchResource.class);

    @Inject
    SignedInUser user;
    @Inject
    Searches searches;
    @Context
    HttpServletRequest request;

    @POST
    @Path("search/{placement}/applications")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response log(@PathParam("placement") String placement, InputStream body) throws IOException {
        return change(placement, body, (form, placed, launch) -> {
            ApplicationDetails details = new ApplicationDetails(form.get("company"), form.get("cvr"), form.get("trade"),
                    form.choice("channel", ApplicationChannel.class), form.date("sent"),
                    form.get("status") == null || form.get("status").isEmpty() ? ApplicationStatus.SENT
                            : status(form.get("status")),
                    form.date("followUp"), form.get("notes"));
            if (form.get("followUp") != null && !form.get("followUp").isEmpty() && details.followUpOn() == null) {
                throw new ApprenticeshipRefused("FOLLOW_UP_INVALID");
            }
            JobApplication logged = searches.log(placed, launch, details);
            return "saved=application&application=" + logged.getId() + "#applications";
        });
    }

    @POST
    @Path("search/{placement}/applications/{application}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("placement") String placement, @PathParam("application") String application,
                         InputStream body) throws IOException {
        return change(placement, body, (form, placed, launch) -> {
            UUID id = FormBody.parseId(application).orElseThrow(() -> new ApprenticeshipRefused("APPLICATION_NOT_FOUND"));
            ApplicationStatus to = status(form.get("status"));
            searches.move(placed, launch, id, to);
            return to == ApplicationStatus.AGREEMENT_SIGNED
                    ? "saved=status&agreementFor=" + id + "#agreement"
                    : "saved=status&application=" + id + "#application-" + id;
        });
    }

    @POST
    @Path("search/{placement}/applications/{application}/followed-up")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response followedUp(@PathParam("placement") String placement, @PathParam("application") String application,
                               InputStream body) throws IOException {
        return change(placement, body, (form, placed, launch) -> {
            UUID id = FormBody.parseId(application).orElseThrow(() -> new ApprenticeshipRefused("APPLICATION_NOT_FOUND"));
            searches.followedUp(placed, launch, id);
            return "saved=followUp&application=" + id + "#application-" + id;
        });
    }

    @POST
    @Path("search/{placement}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response status(@PathParam("placement") String placement, InputStream body) throws IOException {
        return change(placement, body, (form, placed, launch) -> {
            PlacementState to = form.choice("state", PlacementState.class);
            if (to == null) {
                throw new ApprenticeshipRefused("STATUS_UNKNOWN");
            }
            searches.changeStatus(placed, launch, to, form.date("registered"));
            return "saved=placement#placement";
        });
    }

    @POST
    @Path("search/{placement}/agreement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response agreement(@PathParam("placement") String placement, InputStream body) throws IOException {
        return change(placement, body, (form, placed, launch) -> {
            String from = form.get("application");
            UUID application = from == null || from.isEmpty() ? null
                    : FormBody.parseId(from).orElseThrow(() -> new ApprenticeshipRefused("APPLICATION_NOT_FOUND"));
            requireDateIfGiven(form, "starts", "START_INVALID");
            requireDateIfGiven(form, "ends", "END_INVALID");
            requireDateIfGiven(form, "probation", "PROBATION_INVALID");
            searches.recordAgreement(placed, launch, new Searches.AgreementForm(form.choice("type", AgreementType.class),
                    form.get("company"), form.get("cvr"), form.date("starts"), form.date("ends"), form.date("probation"),
                    application));
            return "saved=agreement#placement";
        });
    }

    @POST
    @Path("search/{placement}/check-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response checkIn(@PathParam("placement") String placement, InputStream body) throws IOException {
        return change(placement, body, (form, placed, launch) -> {
            searches.checkIn(placed, launch, form.choice("wellbeing", CheckInAnswer.class),
                    form.choice("learning", CheckInAnswer.class), form.choice("support", CheckInAnswer.class),
                    form.get("note"));
            return "saved=checkIn#check-in";
        });
    }

    @POST
    @Path("term/{placement}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response term(@PathParam("placement") String placementId, InputStream body) throws IOException {
        LaunchContext launch = user.context().orElseThrow(NotFoundException::new);
        SearchPlacement placed = searches.openToTeach(placementId, launch).orElseThrow(NotFoundException::new);
        return apply(placed, launch, FormBody.read(body, MAX_FORM), (form, p, l) -> {
            requireDateIfGiven(form, "gf2End", "GF2_END_INVALID");
            searches.setTerm(p, l, form.get("department"), form.date("gf2End"));
            return "saved=term#term";
        });
    }

    /** A change by the student of their own search. */
    private Response change(String placementId, InputStream body, Change change) throws IOException {
        LaunchContext launch = user.context().orElseThrow(NotFoundException::new);
        SearchPlacement placed = searches.open(placementId, launch).orElseThrow(NotFoundException::new);
        return apply(placed, launch, FormBody.read(body, MAX_FORM), change);
    }

    private Response apply(SearchPlacement placed, LaunchContext launch, FormBody form, Change change) {
        if (form.isTooLarge()) {
            return refused(placed, launch, "FORM_TOO_LARGE");
        }
        try {
            return back(placed, launch, change.apply(form, placed, launch));
        } catch (ApprenticeshipRefused refused) {
            return refused(placed, launch, refused.reason());
        } catch (TransactionalException | PersistenceException clash) {
            // Two taps at once (or a unique check-in week raced): the page shows what is saved now.
            LOG.debugf(clash, "Search change clashed");
            return refused(placed, launch, "CHANGED_MEANWHILE");
        }
    }

    private static ApplicationStatus status(String value) {
        return FormBody.parseChoice(value, ApplicationStatus.class)
                .orElseThrow(() -> new ApprenticeshipRefused("STATUS_UNKNOWN"));
    }

    /** A date field that was filled in but is not a date is refused as such, not taken for "missing". */
    private static void requireDateIfGiven(FormBody form, String field, String reason) {
        String value = form.get(field);
        if (value != null && !value.isEmpty() && form.date(field) == null) {
            throw new ApprenticeshipRefused(reason);
        }
    }

    private Response refused(SearchPlacement placed, LaunchContext launch, String reason) {
        LOG.warnf("Apprenticeship search change refused: %s", reason);
        return back(placed, launch, "refused=" + reason);
    }

    private Response back(SearchPlacement placed, LaunchContext launch, String then) {
        String page = ApprenticeshipSearchActivity.SEARCH_PAGE + "?" + ApprenticeshipSearchActivity.PLACEMENT_PARAMETER
                + "=" + placed.placementId();
        String address = SignedInUser.withContext(request.getContextPath() + page, launch.id());
        int hash = then.indexOf('#');
        String fragment = hash < 0 ? "" : then.substring(hash);
        String query = hash < 0 ? then : then.substring(0, hash);
        return Response.status(Response.Status.SEE_OTHER).header("Location", address + "&" + query + fragment)
                .header("Cache-Control", "no-store").build();
    }

    @FunctionalInterface
    private interface Change {
        /** Does the change; what to add to the page's address (and its fragment). */
        String apply(FormBody form, SearchPlacement placed, LaunchContext launch);
    }
}
