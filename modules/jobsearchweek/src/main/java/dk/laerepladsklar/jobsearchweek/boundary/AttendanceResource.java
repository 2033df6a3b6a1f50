package dk.laerepladsklar.jobsearchweek.boundary;

import dk.laerepladsklar.kernel.form.FormBody;
import dk.laerepladsklar.jobsearchweek.entity.AttendanceStatus;
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
import java.time.Instant;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Where the register page's buttons go: {@code POST /api/week/attendance/{placement}/{occasion}/students/{student}}
 * with {@code status} = {@code toggle} (the one tap) or {@code present}, {@code absent}, {@code excused}, {@code late}.
 * The occasion is a session of the week or a date of the café, as the register page names it. Answers with a redirect
 * back to the register at the student's row, {@code &saved=<status>} or {@code &refused=<REASON>} (nothing changed).
 * A placement the launch may not teach, an occasion it does not have, or a post without the launch's context is 404.
 */
@Path("week/attendance/{placement}/{occasion}/students/{student}")
@RequestScoped
public class AttendanceResource {

    /** A register's post is a status and a student; the cap is the module's for every form. */
    private static final int MAX_FORM = 256 * 1024;

    public static final String PATH = CafePages.API + "attendance/";
    public static final String PAGE = "/week/attendance.xhtml";
    public static final String OCCASION_PARAMETER = "occasion";
    private static final Logger LOG = Logger.getLogger(AttendanceResource.class);
    static final Set<String> REGISTER_TYPES = Set.of(JobCafeActivity.TYPE, JobSearchWeekActivity.TYPE);

    @Inject
    SignedInUser user;
    @Inject
    Opened opened;
    @Inject
    Registers registers;
    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@PathParam("placement") String placementId, @PathParam("occasion") String occasion,
                           @PathParam("student") String student, InputStream body) throws IOException {
        LaunchContext launch = user.context().orElseThrow(NotFoundException::new);
        Placed placed = opened.toTeach(placementId, launch, REGISTER_TYPES).orElseThrow(NotFoundException::new);
        Registers.Sitting sitting = registers.sitting(placed, occasion, Instant.now())
                .filter(s -> s.occasion().key().equals(occasion))
                .orElseThrow(() -> {
                    LOG.warn("ATTENDANCE_NO_SUCH_OCCASION: an occasion the placement does not have");
                    return new NotFoundException();
                });
        FormBody form = FormBody.read(body, MAX_FORM);
        String row = "#" + rowId(student);
        try {
            AttendanceStatus status = registers.record(placed, sitting, launch, student, form.get("status"));
            return back(placed, sitting, launch, "saved=" + status.key() + row);
        } catch (WeekRefused refused) {
            LOG.warnf("Attendance refused: %s", refused.reason());
            return back(placed, sitting, launch, "refused=" + refused.reason() + row);
        } catch (OptimisticLockException | TransactionalException clash) {
            LOG.warn("Attendance refused: ATTENDANCE_CHANGED_MEANWHILE");
            return back(placed, sitting, launch, "refused=ATTENDANCE_CHANGED_MEANWHILE" + row);
        }
    }

    private Response back(Placed placed, Registers.Sitting sitting, LaunchContext launch, String then) {
        return CafeResource.redirect(request, launch, page(placed, sitting), then);
    }

    /** The register page of an occasion, without the launch's context. */
    public static String page(Placed placed, Registers.Sitting sitting) {
        return PAGE + "?" + JobSearchWeekActivity.PLACEMENT_PARAMETER + "=" + placed.placementId() + "&"
                + OCCASION_PARAMETER + "=" + sitting.occasion().key();
    }

    /** The row anchor of a student on the register page (their id never appears in an address). */
    public static String rowId(String subject) {
        return "row-" + Integer.toHexString(subject.hashCode());
    }
}
