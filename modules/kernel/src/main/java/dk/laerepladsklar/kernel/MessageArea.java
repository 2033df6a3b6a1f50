package dk.laerepladsklar.kernel;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;

/**
 * The messages of the request as the shared message area shows them ({@code /WEB-INF/templates/messages.xhtml}):
 * each with its kind (error, warning, success), so the page gives it an icon and a word as well as a colour, and
 * the area as one live region — an alert when something went wrong, a polite status otherwise.
 */
@Named
@RequestScoped
public class MessageArea {

    /** How a message is shown; the name in lower case is its CSS class suffix and its bundle key suffix. */
    public enum Kind {
        ERROR, WARNING, SUCCESS;

        public String getName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Kind of(FacesMessage.Severity severity) {
            if (severity == null || FacesMessage.SEVERITY_INFO.equals(severity)) {
                return SUCCESS;
            }
            return FacesMessage.SEVERITY_WARN.equals(severity) ? WARNING : ERROR;
        }
    }

    /** One message as shown. A class with getters: Expression Language in Jakarta EE 10 does not read records. */
    public static final class Shown {
        private final Kind kind;
        private final String text;

        Shown(Kind kind, String text) {
            this.kind = kind;
            this.text = text;
        }

        public Kind getKind() {
            return kind;
        }

        public String getText() {
            return text;
        }
    }

    /** Every message of this request, page-wide and per field, in the order they were added. */
    public List<Shown> getMessages() {
        return FacesContext.getCurrentInstance().getMessageList().stream()
                .map(m -> new Shown(Kind.of(m.getSeverity()), m.getSummary() != null ? m.getSummary() : m.getDetail()))
                .toList();
    }

    /** {@code alert} (read out at once) when a message is an error, else {@code status} (read out politely). */
    public String getRole() {
        return getMessages().stream().anyMatch(m -> m.kind == Kind.ERROR) ? "alert" : "status";
    }
}
