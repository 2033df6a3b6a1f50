package dk.laerepladsklar.curriculum.boundary;

import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.access.Access;
import dk.laerepladsklar.kernel.access.CourseRef;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.activity.Placements;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Files of the teaching modules: the content pack's images (public, cached) under {@code /api/modules/images/},
 * and handed-in files under {@code /api/modules/files/{id}?lc=…} for the student who handed them in, the staff of
 * their course and their mentor, each in the launch the link names. Anything else looks like a missing file.
 */
@Path("modules")
@RequestScoped
public class ModuleFilesResource {

    public static final String IMAGES = "/api/modules/images/";
    public static final String FILES = "/api/modules/files/";

    @Inject
    Curriculum curriculum;
    @Inject
    ModuleProgresses progresses;
    @Inject
    Placements placements;
    @Inject
    SignedInUser user;
    @Inject
    Access access;

    @GET
    @Path("images/{name}")
    public Response image(@PathParam("name") String name) {
        if (!curriculum.pack().images().contains(name)) {
            throw new NotFoundException();
        }
        InputStream svg = ModuleFilesResource.class.getClassLoader()
                .getResourceAsStream(dk.laerepladsklar.curriculum.control.ContentPackReader.CLASSPATH_ROOT + "images/" + name);
        if (svg == null) {
            throw new NotFoundException();
        }
        return Response.ok(svg, "image/svg+xml")
                .header("Cache-Control", "public, max-age=86400")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .build();
    }

    @GET
    @Path("files/{id}")
    public Response handedIn(@PathParam("id") String id) {
        LaunchContext launch = user.context().orElseThrow(NotFoundException::new);
        UUID fileId;
        try {
            fileId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        ModuleProgresses.HandedIn handedIn = progresses.handedIn(fileId).orElseThrow(NotFoundException::new);
        Placement placement = placements.find(handedIn.placementId()).orElseThrow(NotFoundException::new);
        if (!access.mayRead(launch, new StudentRef(handedIn.platform(), handedIn.studentSubject()), CourseRef.of(placement))) {
            throw new NotFoundException();
        }
        String name = handedIn.file().getFileName();
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(handedIn.file().getContent(), handedIn.file().getContentType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
