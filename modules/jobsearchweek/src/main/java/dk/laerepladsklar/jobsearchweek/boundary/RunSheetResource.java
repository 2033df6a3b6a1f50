package dk.laerepladsklar.jobsearchweek.boundary;

import dk.laerepladsklar.jobsearchweek.control.RunSheet;
import dk.laerepladsklar.jobsearchweek.entity.JobSearchWeek;
import dk.laerepladsklar.kernel.PageMessages;
import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.StudentLabels;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The week's run-sheet as a PDF, {@code GET /api/week/runsheet/{placement}?lang=da|en} (without {@code lang}, the
 * launch's language): the programme day by day, rooms and links, who runs what, what to bring, the activities and the
 * class list. For the course's staff only: a placement the launch may not teach (or not a week) is 404, as if there
 * were none; a language other than Danish or English is 400.
 */
@Path("week/runsheet/{placement}")
@RequestScoped
public class RunSheetResource {

    public static final String PATH = CafePages.API + "runsheet/";
    private static final Set<String> WEEK = Set.of(JobSearchWeekActivity.TYPE);

    @Inject
    SignedInUser user;
    @Inject
    Opened opened;
    @Inject
    WeekReading weeks;
    @Inject
    WeekRoster roster;

    @GET
    public Response pdf(@PathParam("placement") String placementId, @QueryParam("lang") String lang) {
        LaunchContext launch = user.context().orElseThrow(NotFoundException::new);
        Placed placed = opened.toTeach(placementId, launch, WEEK).orElseThrow(NotFoundException::new);
        Locale locale;
        if (lang == null || lang.isEmpty()) {
            locale = "en".equals(launch.locale().getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("da");
        } else if (lang.equals("da") || lang.equals("en")) {
            locale = Locale.forLanguageTag(lang);
        } else {
            String message = PageMessages.text(JobSearchWeekActivity.BUNDLE, launch.locale(), "refused.RUNSHEET_LANGUAGE_UNKNOWN");
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .header("Cache-Control", "no-store")
                    .entity(Json.createObjectBuilder().add("code", "RUNSHEET_LANGUAGE_UNKNOWN").add("message", message)
                            .build().toString()).build();
        }
        JobSearchWeek week = weeks.week(placed.placementId()).orElseThrow(NotFoundException::new);
        List<String> students = roster.learners(launch, s -> true).students().stream()
                .map(s -> StudentLabels.nameOrLabel(s.name(), s.subject(), locale)).toList();
        String course = launch.courseIfAny().map(c -> c.displayTitle()).orElse("");
        byte[] pdf = RunSheet.render(new RunSheet.Input(week, weeks.sessions(week.getPlacementId()),
                weeks.activities(week.getPlacementId()), students, course, WeekProgress.today()), locale);
        String file = PageMessages.text(JobSearchWeekActivity.BUNDLE, locale, "runsheet.file");
        return Response.ok(pdf, new MediaType("application", "pdf"))
                .header("Content-Disposition", "attachment; filename=\"" + file + ".pdf\"")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
