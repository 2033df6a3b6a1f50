package dk.laerepladsklar.apprenticeship.boundary;

import dk.laerepladsklar.apprenticeship.control.FigureTexts;
import dk.laerepladsklar.apprenticeship.control.FiguresCsv;
import dk.laerepladsklar.apprenticeship.control.FiguresPdf;
import dk.laerepladsklar.apprenticeship.control.SchoolFigures;
import dk.laerepladsklar.apprenticeship.control.SchoolYear;
import dk.laerepladsklar.apprenticeship.control.YearFigures;
import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The school's figures as downloads, in the launch's language: {@code GET /api/apprenticeship/figures/figures.csv} and
 * {@code figures.pdf}, with {@code ?year=2024} for the school year 2024/25 (without it, the year the page shows first).
 * For the school's LMS administrators and consultants only (403 for anyone else, as the page filter answers too); a
 * year that is not four digits is 400 with a sentence; a year without GF2 classes gives the headings and the school
 * over time (a spreadsheet) or a page saying so (the PDF).
 */
@Path("apprenticeship/figures")
@RequestScoped
public class FiguresResource {

    public static final String PATH = SearchPages.API + "figures/";
    public static final String CSV = PATH + "figures.csv";
    public static final String PDF = PATH + "figures.pdf";

    @Inject
    SignedInUser user;
    @Inject
    FigureQueries queries;

    @GET
    @Path("figures.csv")
    public Response csv(@QueryParam(FigurePages.YEAR_PARAMETER) String year) {
        return download(year, "csv", (figures, chosen, texts, today) -> Response.ok(
                        FiguresCsv.of(chosen, figures.overTime(), texts).getBytes(StandardCharsets.UTF_8),
                        new MediaType("text", "csv", "UTF-8")));
    }

    @GET
    @Path("figures.pdf")
    public Response pdf(@QueryParam(FigurePages.YEAR_PARAMETER) String year) {
        return download(year, "pdf", (figures, chosen, texts, today) -> Response.ok(
                FiguresPdf.render(chosen, figures.overTime(), today, texts), new MediaType("application", "pdf")));
    }

    private interface Body {
        Response.ResponseBuilder of(SchoolFigures figures, YearFigures chosen, FigureTexts texts, LocalDate today);
    }

    private Response download(String asked, String extension, Body body) {
        LaunchContext launch = user.context().orElseThrow(ForbiddenException::new);
        FigureTexts texts = new FigureTexts(launch.locale());
        Optional<SchoolYear> year;
        try {
            year = SchoolYear.parse(asked);
        } catch (IllegalArgumentException bad) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .header("Cache-Control", "no-store")
                    .entity(Json.createObjectBuilder().add("code", "FIGURES_YEAR_INVALID")
                            .add("message", texts.text("figures.yearInvalid")).build().toString()).build();
        }
        LocalDate today = Searches.today();
        SchoolFigures figures = queries.figures(launch, today).orElseThrow(ForbiddenException::new);
        SchoolYear wanted = year.or(() -> figures.defaultYear(today)).orElse(SchoolYear.of(today));
        YearFigures chosen = figures.year(wanted).orElse(YearFigures.empty(wanted));
        String file = texts.text("figures.file", chosen.year().label().replace('/', '-'));
        return body.of(figures, chosen, texts, today)
                .header("Content-Disposition", "attachment; filename=\"" + file + "." + extension + "\"")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
