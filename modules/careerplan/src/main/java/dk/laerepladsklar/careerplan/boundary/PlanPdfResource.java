package dk.laerepladsklar.careerplan.boundary;

import dk.laerepladsklar.careerplan.control.PlanPdf;
import dk.laerepladsklar.careerplan.entity.CareerPlan;
import dk.laerepladsklar.careerplan.entity.PlanSnapshot;
import dk.laerepladsklar.kernel.PageMessages;
import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The plan as a PDF, {@code GET /api/careerplan/plans/{placement}/pdf?lang=da|en}: the student's own plan (whole), or
 * with {@code &student=<id>} a student's plan for those who may read it in this placement's course (the course's
 * teachers, the student's mentor), without the support section unless the student shares it. A placement or plan the
 * launch may not read is 404, as if there were none; a language other than Danish or English is 400.
 */
@Path("careerplan/plans/{placement}/pdf")
@RequestScoped
public class PlanPdfResource {

    private static final Logger LOG = Logger.getLogger(PlanPdfResource.class);

    @Inject
    SignedInUser user;
    @Inject
    PlanPlacements placements;
    @Inject
    CareerPlans plans;
    @Inject
    PlanReviews reviews;

    @GET
    public Response pdf(@PathParam("placement") String placementId, @QueryParam("lang") String lang,
                        @QueryParam("student") String student) {
        LaunchContext launch = user.context().orElseThrow(NotFoundException::new);
        Optional<Locale> locale = PdfAnswers.language(lang, launch);
        if (locale.isEmpty()) {
            return PdfAnswers.badLanguage(launch);
        }
        CareerPlan plan;
        if (student == null || student.equals(launch.actor().subject())) {
            placements.openToWrite(placementId, launch).orElseThrow(NotFoundException::new);
            plan = plans.find(new StudentRef(launch.platform(), launch.actor().subject()))
                    .orElseThrow(NotFoundException::new);
        } else {
            PlacedPlan placed = placements.openToFollow(placementId, launch).orElseThrow(NotFoundException::new);
            plan = reviews.plan(placed, launch, student).orElseThrow(() -> {
                LOG.warn("PLAN_PDF_NOT_READABLE: a plan the launch may not read, or none");
                return new NotFoundException();
            });
        }
        PlanSnapshot readable = PlanReviews.readable(plan, plan.snapshot(), launch);
        byte[] pdf = PlanPdf.render(readable, new PlanPdf.Heading(plan.getStudentName(), plan.getState(),
                LocalDate.now(PlanResource.SCHOOL_ZONE)), locale.get());
        return PdfAnswers.download(pdf, PageMessages.text(CareerPlanActivity.BUNDLE, locale.get(), "pdf.plan.file"));
    }
}
