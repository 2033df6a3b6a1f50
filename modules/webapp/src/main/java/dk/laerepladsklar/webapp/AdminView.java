package dk.laerepladsklar.webapp;

import dk.laerepladsklar.kernel.PageMessages;
import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.api.admin.AdminAuditLog;
import dk.laerepladsklar.lti.api.admin.AuditEntry;
import dk.laerepladsklar.lti.api.admin.InvitationSummary;
import dk.laerepladsklar.lti.api.admin.IssuedInvitation;
import dk.laerepladsklar.lti.api.admin.KeySummary;
import dk.laerepladsklar.lti.api.admin.PlatformAdministration;
import dk.laerepladsklar.lti.api.admin.PlatformRegistration;
import dk.laerepladsklar.lti.api.admin.PlatformSummary;
import dk.laerepladsklar.lti.api.admin.SchoolInvitations;
import dk.laerepladsklar.lti.api.admin.ToolKeyAdministration;
import dk.laerepladsklar.lti.web.AdminEndpoint;
import dk.laerepladsklar.lti.web.AdminToken;
import dk.laerepladsklar.lti.web.SignInThrottle;
import dk.laerepladsklar.lti.web.ToolUrls;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.jboss.logging.Logger;

/**
 * The installation admin's page: sign in with the admin token, invite a school (the registration URL to paste
 * into its Moodle or Canvas), register a platform by hand (the fields a school's Moodle or Canvas shows), see the
 * registered platforms and approve those that registered without an invitation, rotate the tool's keys, and read
 * the audit log.
 * It works through the admin port ({@link dk.laerepladsklar.lti.api.admin}) only, never lti-core's classes.
 * Signing in gives the browser a new session id (a session id planted before sign-in is worthless after it);
 * wrong tokens are slowed down per client address, shared with the admin API ({@link SignInThrottle}).
 */
@Named
@ViewScoped
public class AdminView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AdminView.class);
    static final String BUNDLE = "dk.laerepladsklar.webapp.messages";
    static final int AUDIT_ROWS = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Europe/Copenhagen"));

    @Inject
    AdminToken adminToken;
    @Inject
    AdminSession session;
    @Inject
    PlatformAdministration platforms;
    @Inject
    ToolKeyAdministration toolKeys;
    @Inject
    SignInThrottle throttle;
    @Inject
    AdminAuditLog audit;
    @Inject
    SchoolInvitations invitations;
    @Inject
    ToolUrls urls;

    private transient List<AuditLine> auditShown;
    private String token;
    private String issuer;
    private String clientId;
    private String name;
    private String authLoginUrl;
    private String tokenUrl;
    private String jwksUrl;
    private String deploymentIds;
    private String frameOrigins;
    private String school;
    private Integer days = SchoolInvitations.DEFAULT_DAYS;
    /** The registration URL of the invitation just created: shown once, never stored. */
    private String invitationUrl;

    public boolean isSignedIn() {
        return session.isAdmin();
    }

    public boolean isAvailable() {
        return adminToken.isConfigured();
    }

    public void signIn() {
        auditShown = null;
        String presented = token;
        token = null;
        String address = clientAddress();
        Optional<Duration> locked = throttle.lockedOut(address);
        if (locked.isPresent()) {
            refuseWhileLockedOut(locked.get());
            return;
        }
        if (adminToken.matches(presented)) {
            throttle.succeeded(address);
            // A new session id for the admin: whoever knew (or planted) the id before sign-in gets nothing.
            ((HttpServletRequest) external().getRequest()).changeSessionId();
            session.grant();
            audit.record(address, "ADMIN_SIGNED_IN", "admin page");
            return;
        }
        LOG.warnf("Admin page refused: ADMIN_SIGN_IN_FAILED from %s", address);
        audit.record(address, "ADMIN_SIGN_IN_FAILED", "admin page");
        Optional<Duration> lock = throttle.failed(address);
        if (lock.isPresent()) {
            LOG.warnf("ADMIN_SIGN_IN_LOCKED: %s may not try an admin token for %d s", address, seconds(lock.get()));
            refuseWhileLockedOut(lock.get());
        } else {
            PageMessages.error(BUNDLE, locale(), "admin.wrongToken");
        }
    }

    private void refuseWhileLockedOut(Duration wait) {
        external().setResponseStatus(429);
        external().setResponseHeader("Retry-After", String.valueOf(seconds(wait)));
        PageMessages.error(BUNDLE, locale(), "admin.lockedOut", seconds(wait));
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    public void register() {
        auditShown = null;
        if (!session.isAdmin()) {
            return;
        }
        PlatformRegistration typed = new PlatformRegistration(issuer, clientId, name, authLoginUrl, tokenUrl, jwksUrl,
                list(deploymentIds), list(frameOrigins));
        boolean known = issuer != null && clientId != null && platforms.find(issuer.strip(), clientId.strip()).isPresent();
        try {
            PlatformSummary registration = platforms.register(typed);
            audit.record(clientAddress(), known ? "PLATFORM_UPDATED" : "PLATFORM_REGISTERED",
                    "admin page: " + registration.description());
            PageMessages.info(BUNDLE, locale(), "admin.registered", registration.issuer(), registration.clientId());
            issuer = clientId = name = authLoginUrl = tokenUrl = jwksUrl = deploymentIds = frameOrigins = null;
        } catch (IllegalArgumentException e) {
            audit.record(clientAddress(), "PLATFORM_REGISTRATION_REFUSED", "admin page: " + e.getMessage());
            // The admin keeps what they typed; the message says what to fix.
            PageMessages.error(BUNDLE, locale(), "admin.invalid", e.getMessage());
        }
    }

    /** A field of several values, split at commas and white space. */
    private static List<String> list(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    /** Invites a school: the page shows the registration URL to paste into its Moodle or Canvas, this once. */
    public void invite() {
        if (!session.isAdmin()) {
            return;
        }
        try {
            IssuedInvitation issued = invitations.create(school, days);
            audit.record(clientAddress(), "INVITATION_CREATED", "invitation " + issued.invitation().id()
                    + " for " + issued.invitation().school() + ", expires " + issued.invitation().expiresAt());
            invitationUrl = AdminEndpoint.registrationUrl(urls.base(requestBase()), issued.secret());
            PageMessages.info(BUNDLE, locale(), "admin.invited", issued.invitation().school());
            school = null;
            days = SchoolInvitations.DEFAULT_DAYS;
        } catch (IllegalArgumentException e) {
            invitationUrl = null;
            PageMessages.error(BUNDLE, locale(), "admin.inviteInvalid", e.getMessage());
        }
    }

    public void revoke(String invitationId) {
        if (!session.isAdmin()) {
            return;
        }
        invitations.revokeIfOpen(java.util.UUID.fromString(invitationId))
                .ifPresent(i -> {
                    audit.record(clientAddress(), "INVITATION_REVOKED", "invitation " + i.id() + " for " + i.school());
                    PageMessages.info(BUNDLE, locale(), "admin.revoked", i.school());
                });
    }

    public void approve(String platformId) {
        if (!session.isAdmin()) {
            return;
        }
        platforms.approve(new PlatformId(java.util.UUID.fromString(platformId))).ifPresent(r -> {
            audit.record(clientAddress(), "PLATFORM_APPROVED", "platform " + r.platformId() + ": " + r.issuer()
                    + " client " + r.clientId());
            PageMessages.info(BUNDLE, locale(), "admin.approved", r.name());
        });
    }

    public List<InvitationSummary> getInvitations() {
        return session.isAdmin() ? invitations.all() : List.of();
    }

    /** The invitation's state as the page words it. */
    public String stateOf(InvitationSummary invitation) {
        return ResourceBundle.getBundle(BUNDLE, locale()).getString("admin.invitation." + invitation.status().name());
    }

    public boolean revocable(InvitationSummary invitation) {
        return invitation.revocable();
    }

    public boolean isOpenRegistration() {
        return platforms.openRegistration();
    }

    private static java.net.URI requestBase() {
        jakarta.servlet.http.HttpServletRequest request = (jakarta.servlet.http.HttpServletRequest) external().getRequest();
        String url = request.getRequestURL().toString();
        return java.net.URI.create(url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath() + "/");
    }

    public void rotate() {
        auditShown = null;
        if (session.isAdmin()) {
            String kid = toolKeys.rotate();
            audit.record(clientAddress(), "KEY_ROTATED", "admin page: new kid " + kid);
            PageMessages.info(BUNDLE, locale(), "admin.rotated", kid);
        }
    }

    public void retirePrevious() {
        auditShown = null;
        if (session.isAdmin()) {
            int retired = toolKeys.retireOlderThanCurrent();
            audit.record(clientAddress(), "KEYS_RETIRED", "admin page: " + retired + " key(s) retired, current " + toolKeys.currentKid());
            PageMessages.info(BUNDLE, locale(), "admin.retired", retired);
        }
    }

    /** One line of the audit log as the page shows it: when (Danish time), from where, what. */
    public record AuditLine(String when, String from, String action, String detail) {
    }

    /** The newest {@value #AUDIT_ROWS} admin actions, newest first; nothing before sign-in. */
    public List<AuditLine> getAudit() {
        if (!session.isAdmin()) {
            return List.of();
        }
        if (auditShown == null) { // read once per request, not once per getter call while the page renders
            auditShown = audit.recent(AUDIT_ROWS).stream().map(AdminView::entry).toList();
        }
        return auditShown;
    }

    private static AuditLine entry(AuditEntry action) {
        return new AuditLine(WHEN.format(action.occurredAt()), action.clientAddress(), action.action(),
                action.detail() == null ? "" : action.detail());
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    private static String clientAddress() {
        return ((HttpServletRequest) external().getRequest()).getRemoteAddr();
    }

    public List<PlatformSummary> getPlatforms() {
        return session.isAdmin() ? platforms.all() : List.of();
    }

    public List<KeySummary> getKeys() {
        return session.isAdmin() ? toolKeys.all() : List.of();
    }

    private static Locale locale() {
        return jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getIssuer() { return issuer; }
    public void setIssuer(String issuer) { this.issuer = issuer; }
    public String getClientId() { return clientId; }
    public void setClientId(String clientId) { this.clientId = clientId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getAuthLoginUrl() { return authLoginUrl; }
    public void setAuthLoginUrl(String authLoginUrl) { this.authLoginUrl = authLoginUrl; }
    public String getTokenUrl() { return tokenUrl; }
    public void setTokenUrl(String tokenUrl) { this.tokenUrl = tokenUrl; }
    public String getJwksUrl() { return jwksUrl; }
    public void setJwksUrl(String jwksUrl) { this.jwksUrl = jwksUrl; }
    public String getDeploymentIds() { return deploymentIds; }
    public void setDeploymentIds(String deploymentIds) { this.deploymentIds = deploymentIds; }
    public String getFrameOrigins() { return frameOrigins; }
    public void setFrameOrigins(String frameOrigins) { this.frameOrigins = frameOrigins; }
    public String getSchool() { return school; }
    public void setSchool(String school) { this.school = school; }
    public Integer getDays() { return days; }
    public void setDays(Integer days) { this.days = days; }
    public String getInvitationUrl() { return invitationUrl; }
}
