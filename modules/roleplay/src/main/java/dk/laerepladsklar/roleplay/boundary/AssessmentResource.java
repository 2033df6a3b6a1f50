package dk.laerepladsklar.roleplay.boundary;

import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.roleplay.entity.AttemptRefused;
import dk.laerepladsklar.roleplay.entity.Criterion;
import dk.laerepladsklar.roleplay.entity.Mark;
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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Where the assessment page's forms go (post, redirect, get, as the practice): {@code POST …/{attempt}/assess} with a
 * level per criterion ({@code level.<criterion>}), feedback ({@code feedback.<criterion>}) and an optional time mark
 * ({@code at.<criterion>} as {@code m:ss} with {@code prompt.<criterion>}), {@code …/release}, and a mentor's
 * {@code …/comment}. Each answers with a redirect back to the page, with {@code &refused=<REASON>} when the step was
 * not allowed; an attempt the launch may not assess (or, for a comment, see) is 404.
 */
@Path("roleplay/assessments")
@RequestScoped
public class AssessmentResource {

    public static final String PATH = "/api/roleplay/assessments/";
    private static final Logger LOG = Logger.getLogger(AssessmentResource.class);
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):([0-5]\\d)");

    @Inject
    SignedInUser user;
    @Inject
    Attempts attempts;
    @Inject
    MasterLinks masterLinks;
    @Context
    HttpServletRequest request;

    @POST
    @Path("{attempt}/assess")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assess(@PathParam("attempt") String attemptId, InputStream body) throws IOException {
        LaunchContext launch = user.context().orElseThrow(NotFoundException::new);
        AttemptReview review = attempts.review(attemptId, launch).filter(AttemptReview::mayAssess)
                .orElseThrow(NotFoundException::new);
        Map<String, String> form = form(body);
        if (form == null) {
            return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).build();
        }
        List<Mark> marks = new ArrayList<>();
        for (Criterion criterion : review.scenario().rubric().criteria()) {
            String level = form.get("level." + criterion.id());
            if (level == null || level.isEmpty()) {
                return back(attemptId, launch, AttemptRefused.Reason.SCORE_MISSING);
            }
            Integer points = AttemptResource.points(level);
            if (points == null) {
                return back(attemptId, launch, AttemptRefused.Reason.UNKNOWN_LEVEL);
            }
            String at = form.getOrDefault("at." + criterion.id(), "").strip();
            Integer second = null;
            if (!at.isEmpty()) {
                Matcher m = TIME.matcher(at);
                if (!m.matches()) {
                    return back(attemptId, launch, AttemptRefused.Reason.BAD_TIME_MARK);
                }
                second = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
            }
            marks.add(new Mark(criterion.id(), points, form.get("feedback." + criterion.id()),
                    form.get("prompt." + criterion.id()), second));
        }
        try {
            attempts.assess(attemptId, launch, marks).orElseThrow(NotFoundException::new);
            return back(attemptId, launch, null);
        } catch (AttemptRefused refused) {
            LOG.warnf("Role-play assessment refused: %s", refused.reason());
            return back(attemptId, launch, refused.reason());
        }
    }

    @POST
    @Path("{attempt}/release")
    public Response release(@PathParam("attempt") String attemptId) {
        LaunchContext launch = user.context().orElseThrow(NotFoundException::new);
        try {
            attempts.release(attemptId, launch).orElseThrow(NotFoundException::new);
            return back(attemptId, launch, null);
        } catch (AttemptRefused refused) {
            LOG.warnf("Role-play release refused: %s", refused.reason());
            return back(attemptId, launch, refused.reason());
        }
    }

    @POST
    @Path("{attempt}/comment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response comment(@PathParam("attempt") String attemptId, InputStream body) throws IOException {
        LaunchContext launch = user.context().orElseThrow(NotFoundException::new);
        Map<String, String> form = form(body);
        if (form == null) {
            return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).build();
        }
        try {
            attempts.comment(attemptId, launch, form.get("text")).orElseThrow(NotFoundException::new);
            return back(attemptId, launch, null);
        } catch (AttemptRefused refused) {
            LOG.warnf("Role-play comment refused: %s", refused.reason());
            return back(attemptId, launch, refused.reason());
        }
    }

    /**
     * A master's feedback link for the attempt ({@code master} names who it is for, optional): made only when the
     * student has said yes; the new address is shown once on the page (kept in the session until then, never in a URL).
     */
    @POST
    @Path("{attempt}/master-links")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createLink(@PathParam("attempt") String attemptId, InputStream body) throws IOException {
        LaunchContext launch = user.context().orElseThrow(NotFoundException::new);
        Map<String, String> form = form(body);
        if (form == null) {
            return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).build();
        }
        try {
            MasterLinks.NewLink link = masterLinks.create(attemptId, launch, form.get("master")).orElseThrow(NotFoundException::new);
            String address = dk.laerepladsklar.kernel.share.ToolAddress.base(request.getScheme(), request.getServerName(),
                    request.getServerPort(), request.getContextPath()) + MasterFeedbackServlet.PATH + "/" + link.secret();
            request.getSession().setAttribute(NEW_LINK + link.link().getAttemptId(), address);
            return backWith(attemptId, launch, "&link=new#master-links");
        } catch (AttemptRefused refused) {
            return back(attemptId, launch, refused.reason());
        }
    }

    /** The teacher revokes one of the attempt's links. */
    @POST
    @Path("{attempt}/master-links/{link}/revoke")
    public Response revokeLink(@PathParam("attempt") String attemptId, @PathParam("link") String linkId) {
        LaunchContext launch = user.context().orElseThrow(NotFoundException::new);
        masterLinks.revokeAsTeacher(attemptId, launch, linkId).orElseThrow(NotFoundException::new);
        return backWith(attemptId, launch, "&link=revoked#master-links");
    }

    /** The session attribute (per attempt) that holds a new link's address until the page has shown it once. */
    public static final String NEW_LINK = "lpk.roleplay.newMasterLink.";

    private static Map<String, String> form(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(AttemptResource.MAX_BODY * 4 + 1);
        if (bytes.length > AttemptResource.MAX_BODY * 4) {
            return null;
        }
        return PracticeResource.fields(new String(bytes, StandardCharsets.US_ASCII));
    }

    private Response back(String attemptId, LaunchContext launch, AttemptRefused.Reason refused) {
        return backWith(attemptId, launch, Optional.ofNullable(refused).map(r -> "&refused=" + r.name()).orElse("&saved=1"));
    }

    private Response backWith(String attemptId, LaunchContext launch, String then) {
        String page = request.getContextPath() + RolePlays.ASSESS_PAGE + "?" + RolePlays.ATTEMPT_PARAMETER + "=" + attemptId;
        String address = SignedInUser.withContext(page, launch.id()) + then;
        return Response.status(Response.Status.SEE_OTHER).header("Location", address)
                .header("Cache-Control", "no-store").build();
    }
}
