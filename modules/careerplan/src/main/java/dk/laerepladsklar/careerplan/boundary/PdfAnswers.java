package dk.laerepladsklar.careerplan.boundary;

import dk.laerepladsklar.kernel.PageMessages;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Optional;

/**
 * How the plan's and the profile's PDFs are answered: as a download (never shown inside the tool's frame), kept
 * nowhere (a plan is personal), in the language asked for ({@code ?lang=da|en}, else the launch's).
 */
final class PdfAnswers {

    static final MediaType PDF = new MediaType("application", "pdf");

    private PdfAnswers() {
    }

    /** The language asked for; empty when {@code lang} is neither {@code da} nor {@code en}. */
    static Optional<Locale> language(String lang, LaunchContext launch) {
        if (lang == null || lang.isEmpty()) {
            return Optional.of("en".equals(launch.locale().getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("da"));
        }
        return switch (lang) {
            case "da" -> Optional.of(Locale.forLanguageTag("da"));
            case "en" -> Optional.of(Locale.ENGLISH);
            default -> Optional.empty();
        };
    }

    static Response download(byte[] pdf, String fileName) {
        return Response.ok(pdf, PDF)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + ".pdf\"")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** 400 with {@code {"code","message"}} in the launch's language. */
    static Response badLanguage(LaunchContext launch) {
        String message = PageMessages.text(CareerPlanActivity.BUNDLE, launch.locale(), "refused.PDF_LANGUAGE_UNKNOWN");
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store")
                .entity(Json.createObjectBuilder().add("code", "PDF_LANGUAGE_UNKNOWN").add("message", message).build()
                        .toString()).build();
    }
}
