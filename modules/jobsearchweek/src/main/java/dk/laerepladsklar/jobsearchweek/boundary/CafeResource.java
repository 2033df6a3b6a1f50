package dk.laerepladsklar.jobsearchweek.boundary;

import dk.laerepladsklar.kernel.form.FormBody;
import dk.laerepladsklar.jobsearchweek.entity.JobCafe;
import dk.laerepladsklar.jobsearchweek.entity.WeekRefused;
import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
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
import java.time.DayOfWeek;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Where the café page's forms go (post, redirect, get): {@code POST /api/week/cafes/{placement}/schedule} (weekday
 * 1–7, {@code starts} and {@code ends} as {@code 12:30}, {@code place}, {@code from} and {@code to} as dates) and
 * {@code POST …/{placement}/ticks} ({@code listed}: each student the form showed, {@code has}: each ticked "har
 * læreplads"). Each answers with a redirect back to the café page, {@code &saved=<what>} or {@code &refused=<REASON>}
 * (nothing changed). A placement the launch may not teach, or a post without the launch's context, is 404.
 */
@Path("week/cafes/{placement}")
@RequestScoped
public class CafeResource {

    /** A form of a whole class's ticks: a few hundred students with ids of 255 characters at most. */
    private static final int MAX_FORM = 256 * 1024;

    public static final String PATH = CafePages.API + "cafes/";
    private static final Logger LOG = Logger.getLogger(CafeResource.class);
    private static final Set<String> CAFE = Set.of(JobCafeActivity.TYPE);

    @Inject
    SignedInUser user;
    @Inject
    Opened opened;
    @Inject
    Cafes cafes;
    @Context
    HttpServletRequest request;

    @POST
    @Path("schedule")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response schedule(@PathParam("placement") String placementId, InputStream body) throws IOException {
        LaunchContext launch = user.context().orElseThrow(NotFoundException::new);
        Placed placed = opened.toTeach(placementId, launch, CAFE).orElseThrow(NotFoundException::new);
        FormBody form = FormBody.read(body, MAX_FORM);
        if (form.isTooLarge()) {
            return back(placed, launch, "refused=CAFE_FORM_TOO_LARGE");
        }
        try {
            JobCafe.CafeSchedule schedule = new JobCafe.CafeSchedule(weekday(form.get("weekday")),
                    FormBody.parseTime(form.get("starts")).orElse(null), FormBody.parseTime(form.get("ends")).orElse(null),
                    form.get("place"), FormBody.parseDate(form.get("from")).orElse(null),
                    FormBody.parseDate(form.get("to")).orElse(null));
            cafes.schedule(placed, launch, schedule);
            return back(placed, launch, "saved=schedule");
        } catch (WeekRefused refused) {
            return refused(placed, launch, refused.reason());
        } catch (OptimisticLockException | TransactionalException clash) {
            return refused(placed, launch, "CAFE_CHANGED_MEANWHILE");
        }
    }

    @POST
    @Path("ticks")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ticks(@PathParam("placement") String placementId, InputStream body) throws IOException {
        LaunchContext launch = user.context().orElseThrow(NotFoundException::new);
        Placed placed = opened.toTeach(placementId, launch, CAFE).orElseThrow(NotFoundException::new);
        FormBody form = FormBody.read(body, MAX_FORM);
        if (form.isTooLarge()) {
            return back(placed, launch, "refused=CAFE_FORM_TOO_LARGE");
        }
        try {
            cafes.tick(placed, launch, new LinkedHashSet<>(form.all("listed")), new LinkedHashSet<>(form.all("has")));
            return back(placed, launch, "saved=ticks#students-title");
        } catch (WeekRefused refused) {
            return refused(placed, launch, refused.reason());
        } catch (TransactionalException clash) {
            return refused(placed, launch, "CAFE_CHANGED_MEANWHILE");
        }
    }

    private static DayOfWeek weekday(String value) {
        if (value == null || value.length() != 1 || value.charAt(0) < '1' || value.charAt(0) > '7') {
            return null;
        }
        return DayOfWeek.of(value.charAt(0) - '0');
    }

    private Response refused(Placed placed, LaunchContext launch, String reason) {
        LOG.warnf("Job café change refused: %s", reason);
        return back(placed, launch, "refused=" + reason);
    }

    private Response back(Placed placed, LaunchContext launch, String then) {
        String page = JobCafeActivity.CAFE_PAGE + "?" + JobSearchWeekActivity.PLACEMENT_PARAMETER + "=" + placed.placementId();
        return redirect(request, launch, page, then);
    }

    /** A redirect back to one of the week's pages, with the launch's context and what happened. */
    static Response redirect(HttpServletRequest request, LaunchContext launch, String page, String then) {
        String address = SignedInUser.withContext(request.getContextPath() + page, launch.id());
        int hash = then.indexOf('#');
        String fragment = hash < 0 ? "" : then.substring(hash);
        String query = hash < 0 ? then : then.substring(0, hash);
        return Response.status(Response.Status.SEE_OTHER).header("Location", address + "&" + query + fragment)
                .header("Cache-Control", "no-store").build();
    }
}
