package dk.laerepladsklar.lti.demo;

import dk.laerepladsklar.lti.core.validation.LtiClaims;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Optional;

/**
 * The score publish service of AGS, with Moodle's answers: 200 and an empty body when taken, 400 for a
 * malformed score, an unknown user or a timestamp in the future, 409 for a timestamp not later than the
 * stored one (one-second resolution). The failure switch ({@link DemoAgsMode}) can force 409 or 422.
 * Every score that could be read is recorded with its answer ({@link DemoReceivedScore}).
 */
@Path("demo-lms/courses/{course}/lineitems/{n}/scores")
public class DemoScoresEndpoint {

    static final String MEDIA_TYPE = "application/vnd.ims.lis.v1.score+json";

    @Inject
    DemoDirectory directory;
    @Inject
    DemoGradebook gradebook;
    @Inject
    DemoServiceAccess access;
    @Inject
    DemoAgsMode mode;

    @POST
    @Consumes(MediaType.WILDCARD)
    @DemoCounted("scores")
    public Response post(@PathParam("course") String courseId, @PathParam("n") String number,
                         @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                         @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body) {
        DemoAccessTokens.Grant grant = access.require(authorization, LtiClaims.SCOPE_SCORE);
        DemoCourse course = DemoLineItemsEndpoint.course(directory, courseId);
        DemoLineItem item = DemoLineItemsEndpoint.ownLineItem(gradebook, course, number, grant);
        if (!DemoJson.isType(contentType, MEDIA_TYPE)) {
            return plain(400, "unsupported_content_type");
        }
        DemoScore score;
        try {
            score = DemoScore.read(DemoJson.object(body));
        } catch (IllegalArgumentException e) {
            return plain(400, e.getMessage());
        }
        mode.delay();
        Instant now = Instant.now();
        if (directory.person(course, score.userId()).isEmpty()) {
            gradebook.refuse(course.id(), item.number(), score, now, 400, "user_not_in_course");
            return plain(400, "user_not_in_course");
        }
        Optional<Integer> forced = mode.forcedScoreStatus(score.userId());
        if (forced.isPresent()) {
            String reason = forced.get() == 409 ? "forced_conflict" : "forced_rejection";
            gradebook.refuse(course.id(), item.number(), score, now, forced.get(), reason);
            return plain(forced.get(), reason);
        }
        DemoScoreRules.Decision decision;
        try {
            decision = gradebook.apply(course.id(), item.number(), score, now);
        } catch (IllegalArgumentException deletedMeanwhile) {
            return plain(404, "line_item_not_found");
        }
        return decision.accepted() ? Response.ok().build() : plain(decision.status(), decision.reason());
    }

    private static Response plain(int status, String reason) {
        return Response.status(status).type(MediaType.TEXT_PLAIN_TYPE).entity(reason).build();
    }
}
