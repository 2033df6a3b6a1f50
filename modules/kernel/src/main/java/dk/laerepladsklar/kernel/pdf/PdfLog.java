package dk.laerepladsklar.kernel.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.jboss.logging.Logger;

/**
 * openhtmltopdf's log in the server's own: its default writes every step to standard error (which the server marks as
 * errors). Warnings and worse stay warnings; its progress notes are debug lines.
 */
final class PdfLog implements XRLogger {

    private static final Logger LOG = Logger.getLogger(PdfDocument.class);

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        // a message may quote a URI, and a photo's data URI is a student's photo: never more than its start
        String shown = message != null && message.length() > 200 ? message.substring(0, 200) + "…" : message;
        if (level.intValue() >= Level.WARNING.intValue()) {
            LOG.warnf(error, "PDF (%s): %s", where, shown);
        } else {
            LOG.debugf(error, "PDF (%s): %s", where, shown);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // the server's logging configuration decides
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue() || LOG.isDebugEnabled();
    }
}
