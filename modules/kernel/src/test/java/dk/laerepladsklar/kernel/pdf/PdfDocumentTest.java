package dk.laerepladsklar.kernel.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Any module's page becomes a PDF in the shipped font, read back with PDFBox as a reader's program would. */
class PdfDocumentTest {

    private static final XhtmlTemplate PAGE = new XhtmlTemplate("""
            <html xmlns="http://www.w3.org/1999/xhtml" lang="da">
            <head><title>{{title}}</title><meta name="description" content="{{title}}"/>
            <style>body { font-family: "Atkinson Hyperlegible"; } h1 { font-weight: bold; }</style></head>
            <body><h1>{{title}}</h1>{{#rows}}<p>{{.}}</p>{{/rows}}{{extra}}</body></html>
            """);

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    static List<String> fonts(byte[] pdf) throws IOException {
        List<String> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : " NOT embedded"));
                }
            }
        }
        return fonts;
    }

    @Test
    void aTemplatedPageIsAPdfWithItsDanishWordsInTheEmbeddedFont() throws IOException {
        byte[] pdf = PdfDocument.render(PAGE.render(Map.of("title", "Drejebog for jobsøgningsugen",
                "rows", List.of("Mandag 08:15 · Lokale Ø12 · Åbning", "Tirsdag: CV & ansøgning <hjælp>"))));
        assertTrue(new String(pdf, 0, 5).startsWith("%PDF-"));
        String text = text(pdf);
        for (String expected : List.of("Drejebog for jobsøgningsugen", "Mandag 08:15 · Lokale Ø12 · Åbning",
                "Tirsdag: CV & ansøgning <hjælp>")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        List<String> fonts = fonts(pdf);
        assertFalse(fonts.isEmpty());
        for (String font : fonts) {
            assertTrue(font.contains("AtkinsonHyperlegible") && font.endsWith(" embedded"), font + " of " + fonts);
        }
    }

    @Test
    void aPageNamingOutsideResourcesRendersAndFetchesNothing() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread listener = new Thread(() -> {
                try (Socket ignored = server.accept()) {
                    connections.incrementAndGet();
                } catch (IOException closed) {
                    // the socket is closed when the test ends
                }
            });
            listener.setDaemon(true);
            listener.start();
            String outside = "http://127.0.0.1:" + server.getLocalPort();
            String xhtml = PAGE.render(Map.of("title", "Uge", "rows", List.of("x"))).replace("<body>",
                    "<body><img src=\"" + outside + "/x.png\"/><img src=\"file:///etc/passwd\"/>"
                            + "<link rel=\"stylesheet\" href=\"" + outside + "/s.css\"/>");
            assertTrue(text(PdfDocument.render(xhtml)).contains("Uge"));
        }
        assertEquals(0, connections.get(), "nothing was fetched");
    }

    @Test
    void onlyAJpegOrPngCarriedInThePageItselfMayBeLoaded() {
        assertTrue(PdfDocument.embedded("data:image/png;base64,AAAA", ExternalResourceType.IMAGE_RASTER));
        assertTrue(PdfDocument.embedded("data:image/jpeg;base64,AAAA", ExternalResourceType.IMAGE_RASTER));
        assertFalse(PdfDocument.embedded("data:image/svg+xml;base64,AAAA", ExternalResourceType.IMAGE_RASTER));
        assertFalse(PdfDocument.embedded("data:image/png;base64,AAAA", ExternalResourceType.CSS));
        assertFalse(PdfDocument.embedded("https://example.org/x.png", ExternalResourceType.IMAGE_RASTER));
        assertFalse(PdfDocument.embedded(null, ExternalResourceType.IMAGE_RASTER));
    }
}
