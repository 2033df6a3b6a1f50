package dk.laerepladsklar.classroom.boundary;

import dk.laerepladsklar.classroom.control.OverviewCsv;
import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.ResourceBundle;

/**
 * The class overview as a CSV download ({@code ?lc=…}), for the teacher of the launch it names: the course of
 * that launch, whatever another tab launched since.
 */
@Path("classroom/overview.csv")
public class OverviewExport {

    @Inject
    SignedInUser user;
    @Inject
    ClassOverviews overviews;

    @GET
    public Response csv() {
        if (!user.isSignedIn() || !overviews.mayAct(user.current())) {
            return Response.status(Response.Status.FORBIDDEN).header("Cache-Control", "no-store").build();
        }
        LaunchContext launch = user.current();
        ResourceBundle text = ResourceBundle.getBundle("dk.laerepladsklar.classroom.messages", launch.locale());
        String course = launch.course() == null ? "klasse" : launch.course().displayTitle();
        String file = course.replaceAll("[^\\p{L}\\p{N}]+", "-") + ".csv";
        return Response.ok(OverviewCsv.of(overviews.of(launch, false), text))
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file.replaceAll("[^A-Za-z0-9.-]", "_")
                        + "\"; filename*=UTF-8''" + java.net.URLEncoder.encode(file, java.nio.charset.StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store")
                .build();
    }
}
