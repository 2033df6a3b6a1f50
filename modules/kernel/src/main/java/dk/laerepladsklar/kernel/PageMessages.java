package dk.laerepladsklar.kernel;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Messages a page bean shows the user, always from the module's bundle in the user's language. */
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

    public static void info(String bundle, Locale locale, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(bundle, locale, key, arguments));
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
