package dk.laerepladsklar.webapp.personaldata;

import dk.laerepladsklar.kernel.PageMessages;
import dk.laerepladsklar.kernel.personaldata.ModuleHolding;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.web.AdminToken;
import dk.laerepladsklar.webapp.AdminSession;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The admin's page for a school's data requests: find a student by platform and LMS user id, see what each part of
 * the tool keeps about them, download it as one zip, and erase it after typing the user id again. Only for a browser
 * session that signed in with the admin token; the view keeps strings and counts only.
 */
@Named
@ViewScoped
public class PersonalDataView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PersonalDataView.class);
    static final String BUNDLE = "dk.laerepladsklar.webapp.personaldata";

    @Inject
    AdminToken adminToken;
    @Inject
    AdminSession session;
    @Inject
    StudentLookup lookup;
    @Inject
    DataRequests requests;

    private String platformId;
    private String subject;
    private String confirmation;
    /** The student found, as strings (the view is serialised with the session). */
    private String foundPlatform;
    private String foundSubject;
    private List<Held> held = List.of();
    private boolean confirming;

    /** One kind of thing a part of the tool keeps, labelled in the admin's language. */
    public record Held(String module, String moduleLabel, String kind, String kindLabel, long count) implements Serializable {
        public String getModuleLabel() { return moduleLabel; }
        public String getKind() { return kind; }
        public String getKindLabel() { return kindLabel; }
        public long getCount() { return count; }
        public String getModule() { return module; }
    }

    public boolean isSignedIn() {
        return session.isAdmin();
    }

    public boolean isAvailable() {
        return adminToken.isConfigured();
    }

    /** The registered platforms to choose from: name, then issuer and client id to tell a school's two apart. */
    public List<SelectItem> getPlatforms() {
        if (!session.isAdmin()) {
            return List.of();
        }
        return lookup.platforms().stream()
                .map(p -> new SelectItem(p.platformId().toString(), p.name() + " — " + p.issuer() + " (" + p.clientId() + ")"))
                .toList();
    }

    public void find() {
        clearFound();
        if (!session.isAdmin()) {
            return;
        }
        try {
            StudentRef student = lookup.find(platformId, subject);
            foundPlatform = student.platform().value().toString();
            foundSubject = student.subject();
            refresh(student);
        } catch (StudentLookup.Refused e) {
            LOG.warnf("Personal data request refused: %s", e.reason());
            PageMessages.error(BUNDLE, locale(), e.reason() == StudentLookup.Refusal.UNKNOWN_PLATFORM
                    ? "pd.unknownPlatform" : "pd.invalidSubject");
        }
    }

    /** Streams the zip as the answer to the form's post; the page itself is not rendered again. */
    public void download() {
        StudentRef student = found();
        if (student == null || !isAnythingHeld()) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(PersonalDataResource.ZIP);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + DataRequests.fileName(student) + "\"");
        external.setResponseHeader("Cache-Control", "no-store");
        external.setResponseHeader("X-Content-Type-Options", "nosniff");
        try (OutputStream out = external.getResponseOutputStream()) {
            requests.export(student, clientAddress(external), "page", out);
        } catch (IOException e) {
            LOG.warnf("Personal data export of %s not finished: %s", student, e.toString());
        }
        faces.responseComplete();
    }

    public void startErase() {
        confirming = found() != null;
        confirmation = null;
    }

    public void cancelErase() {
        confirming = false;
        confirmation = null;
    }

    /** Erases only when the admin typed the user id of the student shown once more, exactly. */
    public void erase() {
        StudentRef student = found();
        if (student == null || !confirming) {
            return;
        }
        String typed = confirmation == null ? "" : confirmation.strip();
        confirmation = null;
        if (!typed.equals(student.subject())) {
            PageMessages.error(BUNDLE, locale(), "pd.confirmationMismatch");
            return;
        }
        Map<String, Map<String, Long>> erased = requests.erase(student,
                clientAddress(FacesContext.getCurrentInstance().getExternalContext()), "page");
        long rows = erased.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
        confirming = false;
        refresh(student);
        PageMessages.info(BUNDLE, locale(), "pd.erased", rows);
    }

    private StudentRef found() {
        if (!session.isAdmin() || foundPlatform == null) {
            return null;
        }
        return new StudentRef(new PlatformId(UUID.fromString(foundPlatform)), foundSubject);
    }

    private void refresh(StudentRef student) {
        ResourceBundle text = ResourceBundle.getBundle(BUNDLE, locale());
        held = requests.held(student).stream()
                .flatMap((ModuleHolding h) -> h.counts().entrySet().stream().map(c -> new Held(h.module(),
                        label(text, "pd.module." + h.module(), h.module()), c.getKey(),
                        label(text, "pd.kind." + c.getKey(), c.getKey()), c.getValue())))
                .toList();
    }

    private void clearFound() {
        foundPlatform = null;
        foundSubject = null;
        held = List.of();
        confirming = false;
        confirmation = null;
    }

    /** A module added later shows its own name until the bundle has a label for it. */
    private static String label(ResourceBundle text, String key, String fallback) {
        try {
            return text.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    private static String clientAddress(ExternalContext external) {
        return external.getRequest() instanceof HttpServletRequest request ? request.getRemoteAddr() : null;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public boolean isFound() {
        return foundPlatform != null && session.isAdmin();
    }

    public boolean isAnythingHeld() {
        return held.stream().anyMatch(h -> h.count() > 0);
    }

    public long getTotal() {
        return held.stream().mapToLong(Held::count).sum();
    }

    public List<Held> getHeld() {
        return session.isAdmin() ? held : List.of();
    }

    public boolean isConfirming() {
        return confirming && isFound();
    }

    public String getFoundSubject() {
        return isFound() ? foundSubject : null;
    }

    public String getPlatformId() { return platformId; }
    public void setPlatformId(String platformId) { this.platformId = platformId; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
}
