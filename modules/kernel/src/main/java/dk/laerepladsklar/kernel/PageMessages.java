package dk.laerepladsklar.kernel;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Messages a page bean shows the user, always from the module's bundle in the user's language. Pages show them
 * through the shared message area ({@link MessageArea}): errors, warnings and successes each with an icon and a word.
 */
public final class PageMessages {

    private PageMessages() {
    }

    public static String text(String bundle, Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(bundle, locale).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    public static void error(String bundle, Locale locale, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(bundle, locale, key, arguments));
    }

    /** Something went well (shown as a success: a tick and "Udført"). */
    public static void info(String bundle, Locale locale, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(bundle, locale, key, arguments));
    }

    /** Something the user should notice, though nothing failed (shown with a warning sign and "Bemærk"). */
    public static void warning(String bundle, Locale locale, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_WARN, text(bundle, locale, key, arguments));
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
