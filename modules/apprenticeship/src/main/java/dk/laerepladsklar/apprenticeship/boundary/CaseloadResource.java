package dk.laerepladsklar.apprenticeship.boundary;

import dk.laerepladsklar.kernel.form.FormBody;
import dk.laerepladsklar.apprenticeship.control.CaseloadFilter;
import dk.laerepladsklar.apprenticeship.control.CaseloadLine;
import dk.laerepladsklar.apprenticeship.control.CaseloadSheet;
import dk.laerepladsklar.apprenticeship.control.SearchTexts;
import dk.laerepladsklar.apprenticeship.entity.ApprenticeshipRefused;
import dk.laerepladsklar.apprenticeship.entity.ContactKind;
import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.StudentLabels;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The caseload's downloads and the forms of the caseload and a student's file (post, redirect, get), under
 * {@code /api/apprenticeship/caseload/}:
 * <ul>
 *   <li>{@code GET {placement}/caseload.csv?filter=…}: the course's caseload (its staff); {@code GET school.csv?filter=…}:
 *       the school's (its consultants and LMS administrators);</li>
 *   <li>{@code POST {placement}/term} (department, gf2End): the course's term, back to the caseload;</li>
 *   <li>{@code POST file/notes} (text, forMentors), {@code file/contacts} (kind, company, on, note), {@code file/steps}
 *       (what, who, due) and {@code file/steps/{step}/done}, each with the fields {@code student} and {@code placement}
 *       (empty from the school's caseload), back to the student's file.</li>
 * </ul>
 * Each form answers with a redirect, {@code &saved=<what>} or {@code &refused=<REASON>} (nothing changed). A placement
 * or student the launch may not follow, or a request without the launch's context, is 404.
 */
@Path("apprenticeship/caseload")
@RequestScoped
public class CaseloadResource {

    /** An application with its longest notes, in the worst percent-encoding, fits easily. */
    private static final int MAX_FORM = 64 * 1024;

    public static final String PATH = SearchPages.API + "caseload/";
    private static final Logger LOG = Logger.getLogger(CaseloadResource.class);

    @Inject
    SignedInUser user;
    @Inject
    Searches searches;
    @Inject
    Caseloads caseloads;
    @Inject
    StudentFiles files;
    @Context
    HttpServletRequest request;

    @GET
    @Path("{placement}/caseload.csv")
    public Response courseCsv(@PathParam("placement") String placementId, @QueryParam("filter") String filter) {
        LaunchContext launch = user.context().orElseThrow(NotFoundException::new);
        SearchPlacement placed = searches.openToFollow(placementId, launch)
                .filter(p -> caseloads.mayTeach(p, launch)).orElseThrow(NotFoundException::new);
        LocalDate today = Searches.today();
        return csv(caseloads.course(placed, launch, today).lines(), filter, launch, today,
                launch.course() == null ? placed.course().courseId() : launch.course().displayTitle());
    }

    @GET
    @Path("school.csv")
    public Response schoolCsv(@QueryParam("filter") String filter) {
        LaunchContext launch = user.context().orElseThrow(NotFoundException::new);
        LocalDate today = Searches.today();
        Caseloads.Caseload school = caseloads.school(launch, today).orElseThrow(NotFoundException::new);
        return csv(school.lines(), filter, launch, today, SearchTexts.text(launch.locale(), "caseload.csv.school"));
    }

    private Response csv(List<CaseloadLine> lines, String filter, LaunchContext launch, LocalDate today, String title) {
        CaseloadFilter chosen = CaseloadFilter.byKey(filter);
        String body = CaseloadSheet.of(chosen.apply(lines, today), launch.locale(),
                l -> StudentLabels.nameOrLabel(l.name(), l.studentSubject(), launch.locale()));
        String file = (title + "-" + SearchTexts.text(launch.locale(), "caseload.csv.file") + "-" + today)
                .replaceAll("[^\\p{L}\\p{N}-]+", "-") + ".csv";
        return Response.ok(body).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file.replaceAll("[^A-Za-z0-9.-]", "_")
                        + "\"; filename*=UTF-8''" + URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("{placement}/term")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response term(@PathParam("placement") String placementId, InputStream body) throws IOException {
        LaunchContext launch = user.context().orElseThrow(NotFoundException::new);
        SearchPlacement placed = searches.openToTeach(placementId, launch).orElseThrow(NotFoundException::new);
        String page = ApprenticeshipSearchActivity.CASELOAD_PAGE + "?" + ApprenticeshipSearchActivity.PLACEMENT_PARAMETER
                + "=" + placed.placementId();
        FormBody form = FormBody.read(body, MAX_FORM);
        return apply(page, launch, form, () -> {
            requireDateIfGiven(form, "gf2End", "GF2_END_INVALID");
            searches.setTerm(placed, launch, form.get("department"), form.date("gf2End"));
            return "saved=term#term";
        });
    }

    @POST
    @Path("file/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response note(InputStream body) throws IOException {
        return onFile(body, (form, opened, launch) -> {
            files.addNote(opened, launch, form.get("text"), "on".equals(form.get("forMentors"))
                    || "true".equals(form.get("forMentors")));
            return "saved=note#notes";
        });
    }

    @POST
    @Path("file/contacts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response contact(InputStream body) throws IOException {
        return onFile(body, (form, opened, launch) -> {
            requireDateIfGiven(form, "on", "CONTACT_DATE_INVALID");
            files.addContact(opened, launch, form.choice("kind", ContactKind.class), form.get("company"),
                    form.date("on"), form.get("note"));
            return "saved=contact#contacts";
        });
    }

    @POST
    @Path("file/steps")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response step(InputStream body) throws IOException {
        return onFile(body, (form, opened, launch) -> {
            requireDateIfGiven(form, "due", "STEP_DUE_INVALID");
            files.addStep(opened, launch, form.get("what"), form.get("who"), form.date("due"));
            return "saved=step#steps";
        });
    }

    @POST
    @Path("file/steps/{step}/done")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response stepDone(@PathParam("step") String stepId, InputStream body) throws IOException {
        return onFile(body, (form, opened, launch) -> {
            UUID id = FormBody.parseId(stepId).orElseThrow(() -> new ApprenticeshipRefused("STEP_NOT_FOUND"));
            files.stepDone(opened, launch, id);
            return "saved=stepDone#steps";
        });
    }

    private Response onFile(InputStream body, FileChange change) throws IOException {
        LaunchContext launch = user.context().orElseThrow(NotFoundException::new);
        FormBody form = FormBody.read(body, MAX_FORM);
        if (form.isTooLarge()) {
            // The student's id is in the form that was too large to read: nothing to go back to but a plain refusal.
            LOG.warn("Student file change refused: FORM_TOO_LARGE");
            return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).header("Cache-Control", "no-store").build();
        }
        String placement = form.get("placement");
        StudentFiles.Opened opened = files.open(placement, form.get("student"), launch)
                .orElseThrow(NotFoundException::new);
        String page = CaseloadPages.studentPage(opened.placed() == null ? null : opened.placed().placementId(),
                opened.student().subject());
        return apply(page, launch, form, () -> change.apply(form, opened, launch));
    }

    private Response apply(String page, LaunchContext launch, FormBody form, java.util.function.Supplier<String> change) {
        if (form.isTooLarge()) {
            return refused(page, launch, "FORM_TOO_LARGE");
        }
        try {
            return back(page, launch, change.get());
        } catch (ApprenticeshipRefused refused) {
            return refused(page, launch, refused.reason());
        } catch (TransactionalException | PersistenceException clash) {
            LOG.debugf(clash, "Caseload change clashed");
            return refused(page, launch, "CHANGED_MEANWHILE");
        }
    }

    /** A date field that was filled in but is not a date (20255-01-01) is refused as such, not taken for "missing". */
    private static void requireDateIfGiven(FormBody form, String field, String reason) {
        String value = form.get(field);
        if (value != null && !value.isEmpty() && form.date(field) == null) {
            throw new ApprenticeshipRefused(reason);
        }
    }

    private Response refused(String page, LaunchContext launch, String reason) {
        LOG.warnf("Caseload change refused: %s", reason);
        return back(page, launch, "refused=" + reason);
    }

    private Response back(String page, LaunchContext launch, String then) {
        String address = SignedInUser.withContext(request.getContextPath() + page, launch.id());
        int hash = then.indexOf('#');
        String fragment = hash < 0 ? "" : then.substring(hash);
        String query = hash < 0 ? then : then.substring(0, hash);
        return Response.status(Response.Status.SEE_OTHER).header("Location", address + "&" + query + fragment)
                .header("Cache-Control", "no-store").build();
    }

    @FunctionalInterface
    private interface FileChange {
        /** Does the change; what to add to the file's address (and its fragment). */
        String apply(FormBody form, StudentFiles.Opened opened, LaunchContext launch);
    }
}
