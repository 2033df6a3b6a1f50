package dk.laerepladsklar.jobsearchweek.boundary;

import dk.laerepladsklar.kernel.form.FormBody;
import dk.laerepladsklar.jobsearchweek.entity.WeekRefused;
import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
 * Where the "Jeg har gjort det" button of a task goes: {@code POST /api/week/ticks/{week}/{task}} with {@code done} =
 * {@code true} (ticked) or {@code false} (not done after all). Only the student's own tick, in the week's own course
 * ({@link WeekTicks}); the week's score follows at once. Answers with a redirect back to the "I dag" page at the task,
 * {@code &ticked=true|false} or {@code &refused=<REASON>} (nothing changed). A post without the launch's context, or
 * for a week the launch may not work in, is 404.
 */
@Path("week/ticks/{week}/{task}")
@RequestScoped
public class TickResource {

    /** A tick is two fields; the cap is the module's for every form, far above any honest post. */
    private static final int MAX_FORM = 256 * 1024;

    public static final String PATH = CafePages.API + "ticks/";
    private static final Logger LOG = Logger.getLogger(TickResource.class);

    @Inject
    SignedInUser user;
    @Inject
    StudentWeeks students;
    @Inject
    WeekTicks ticks;
    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response tick(@PathParam("week") String weekId, @PathParam("task") String taskId, InputStream body)
            throws IOException {
        LaunchContext launch = user.context().orElseThrow(NotFoundException::new);
        StudentWeeks.Opening opening = students.open(weekId, null, launch).filter(o -> !o.readOnly())
                .orElseThrow(NotFoundException::new);
        FormBody form = FormBody.read(body, MAX_FORM);
        String done = form.get("done");
        UUID task = JobSearchWeeks.uuid(taskId == null || taskId.length() > 36 ? null : taskId);
        String anchor = task == null ? "" : "#" + anchorOf(task);
        if (form.isTooLarge() || !("true".equals(done) || "false".equals(done)) || task == null) {
            LOG.warn("Tick refused: TICK_BAD_FORM");
            return back(opening, launch, "refused=TICK_BAD_FORM" + anchor);
        }
        try {
            ticks.tick(opening.placementId(), task, launch, Boolean.parseBoolean(done));
            return back(opening, launch, "ticked=" + done + anchor);
        } catch (RuntimeException e) {
            WeekRefused refused = causeOf(e);
            if (refused == null) {
                throw e;
            }
            LOG.warnf("Tick refused: %s", refused.reason());
            return back(opening, launch, "refused=" + refused.reason() + anchor);
        }
    }

    private Response back(StudentWeeks.Opening opening, LaunchContext launch, String then) {
        return CafeResource.redirect(request, launch, JobSearchWeekActivity.TODAY_PAGE + "?"
                + JobSearchWeekActivity.PLACEMENT_PARAMETER + "=" + opening.placementId(), then);
    }

    /** The anchor of an activity on the "I dag" page. */
    public static String anchorOf(UUID activity) {
        return "activity-" + activity;
    }

    /** A refusal from inside a transaction may arrive wrapped. */
    private static WeekRefused causeOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof WeekRefused refused) {
                return refused;
            }
        }
        return null;
    }
}
