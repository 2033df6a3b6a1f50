package dk.laerepladsklar.kernel.pdf;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Turns a page of XHTML into a PDF with openhtmltopdf (XHTML and CSS 2.1 on PDFBox): the app's own font, Atkinson
 * Hyperlegible (Braille Institute, SIL Open Font License 1.1, {@code OFL.txt} beside the font files; the TrueType
 * files of the Google Fonts release, as the npm package {@code @expo-google-fonts/atkinson-hyperlegible} 0.4.1 ships
 * them), is embedded as a subset of the letters used, so æ, ø and å look the same on every machine and copy out as the letters they are. The
 * PDF is tagged (PDF/UA) so a screen reader or read-aloud tool reads it in order.
 *
 * <p>Nothing is fetched while rendering: the page may name no outside resource (the renderer gets no base address and
 * refuses every URI but a JPEG or PNG carried in the page itself as a data URI, such as the photo of a student's work),
 * so no words typed by a student or a teacher can ever make the server load anything.
 *
 * <p>A module keeps its own templates and the model it fills them with; the markup and the font live here, once.
 */
public final class PdfDocument {

    public static final String FONT_FAMILY = "Atkinson Hyperlegible";
    private static final String REGULAR = "/dk/laerepladsklar/kernel/pdf/AtkinsonHyperlegible-Regular.ttf";
    private static final String BOLD = "/dk/laerepladsklar/kernel/pdf/AtkinsonHyperlegible-Bold.ttf";

    static {
        XRLog.setLoggerImpl(new PdfLog());
    }

    private PdfDocument() {
    }

    /**
     * The PDF of a well-formed XHTML page (with {@code <title>}, {@code lang} and a {@code description} meta, which a
     * tagged PDF needs).
     */
    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessbility(true);
            builder.useFont((FSSupplier<InputStream>) () -> font(REGULAR), FONT_FAMILY, 400,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont((FSSupplier<InputStream>) () -> font(BOLD), FONT_FAMILY, 700,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useUriResolver((base, uri) -> embedded(uri, ExternalResourceType.IMAGE_RASTER) ? uri : null);
            builder.useExternalResourceAccessControl(PdfDocument::embedded,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl(PdfDocument::embedded,
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The one kind of resource a page may name: a photo carried in the page itself (a JPEG or PNG data URI). */
    static boolean embedded(String uri, ExternalResourceType type) {
        return type == ExternalResourceType.IMAGE_RASTER && uri != null
                && (uri.startsWith("data:image/jpeg;base64,") || uri.startsWith("data:image/png;base64,"));
    }

    private static InputStream font(String name) {
        InputStream in = PdfDocument.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("The PDF font is missing: " + name);
        }
        return in;
    }
}
