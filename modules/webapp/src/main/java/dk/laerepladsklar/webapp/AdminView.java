package dk.laerepladsklar.webapp;

import dk.laerepladsklar.kernel.PageMessages;
import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.core.audit.AdminAction;
import dk.laerepladsklar.lti.core.audit.AdminAudit;
import dk.laerepladsklar.lti.core.keys.ToolKey;
import dk.laerepladsklar.lti.core.keys.ToolKeys;
import dk.laerepladsklar.lti.core.registration.Invitation;
import dk.laerepladsklar.lti.core.registration.InvitationState;
import dk.laerepladsklar.lti.core.registration.Invitations;
import dk.laerepladsklar.lti.core.registration.Registration;
import dk.laerepladsklar.lti.core.registration.RegistrationPolicy;
import dk.laerepladsklar.lti.core.registration.RegistrationImport;
import dk.laerepladsklar.lti.core.registration.Registrations;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.jboss.logging.Logger;

/**
 * The installation admin's page: sign in with the admin token, invite a school (the registration URL to paste
 * into its Moodle or Canvas), register a platform by hand (the fields a school's Moodle or Canvas shows), see the
 * registered platforms and approve those that registered without an invitation, rotate the tool's keys, and read
 * the audit log.
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
    RegistrationImport registrationImport;
    @Inject
    Registrations registrations;
    @Inject
    ToolKeys toolKeys;
    @Inject
    SignInThrottle throttle;
    @Inject
    AdminAudit audit;
    @Inject
    Invitations invitations;
    @Inject
    RegistrationPolicy registrationPolicy;
    @Inject
    ToolUrls urls;

    private transient List<AuditEntry> auditShown;
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
    private Integer days = Invitations.DEFAULT_DAYS;
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
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("issuer", issuer);
        json.put("client_id", clientId);
        json.put("name", name);
        json.put("auth_login_url", authLoginUrl);
        json.put("token_url", tokenUrl);
        json.put("jwks_url", jwksUrl);
        json.put("deployment_ids", deploymentIds == null ? List.of()
                : Arrays.stream(deploymentIds.split("[,\\s]+")).filter(s -> !s.isBlank()).toList());
        json.put("frame_origins", frameOrigins == null ? List.of()
                : Arrays.stream(frameOrigins.split("[,\\s]+")).filter(s -> !s.isBlank()).toList());
        boolean known = issuer != null && clientId != null && registrations.find(issuer.strip(), clientId.strip()).isPresent();
        try {
            Registration registration = registrationImport.importOne(json);
            audit.record(clientAddress(), known ? "PLATFORM_UPDATED" : "PLATFORM_REGISTERED",
                    "admin page: " + AdminEndpoint.describe(registration));
            PageMessages.info(BUNDLE, locale(), "admin.registered", registration.issuer(), registration.clientId());
            issuer = clientId = name = authLoginUrl = tokenUrl = jwksUrl = deploymentIds = frameOrigins = null;
        } catch (IllegalArgumentException e) {
            audit.record(clientAddress(), "PLATFORM_REGISTRATION_REFUSED", "admin page: " + e.getMessage());
            // The admin keeps what they typed; the message says what to fix.
            PageMessages.error(BUNDLE, locale(), "admin.invalid", e.getMessage());
        }
    }

    /** Invites a school: the page shows the registration URL to paste into its Moodle or Canvas, this once. */
    public void invite() {
        if (!session.isAdmin()) {
            return;
        }
        try {
            Invitations.Issued issued = invitations.create(school, days);
            audit.record(clientAddress(), "INVITATION_CREATED", "invitation " + issued.invitation().getId()
                    + " for " + issued.invitation().getSchool() + ", expires " + issued.invitation().getExpiresAt());
            invitationUrl = AdminEndpoint.registrationUrl(urls.base(requestBase()), issued.secret());
            PageMessages.info(BUNDLE, locale(), "admin.invited", issued.invitation().getSchool());
            school = null;
            days = Invitations.DEFAULT_DAYS;
        } catch (IllegalArgumentException e) {
            invitationUrl = null;
            PageMessages.error(BUNDLE, locale(), "admin.inviteInvalid", e.getMessage());
        }
    }

    public void revoke(String invitationId) {
        if (!session.isAdmin()) {
            return;
        }
        invitations.find(java.util.UUID.fromString(invitationId))
                .filter(i -> invitations.stateOf(i) == InvitationState.OPEN)
                .flatMap(i -> invitations.revoke(i.getId()))
                .ifPresent(i -> {
                    audit.record(clientAddress(), "INVITATION_REVOKED", "invitation " + i.getId() + " for " + i.getSchool());
                    PageMessages.info(BUNDLE, locale(), "admin.revoked", i.getSchool());
                });
    }

    public void approve(String platformId) {
        if (!session.isAdmin()) {
            return;
        }
        registrations.approve(new PlatformId(java.util.UUID.fromString(platformId))).ifPresent(r -> {
            audit.record(clientAddress(), "PLATFORM_APPROVED", "platform " + r.platformId() + ": " + r.issuer()
                    + " client " + r.clientId());
            PageMessages.info(BUNDLE, locale(), "admin.approved", r.name());
        });
    }

    public List<Invitation> getInvitations() {
        return session.isAdmin() ? invitations.all() : List.of();
    }

    /** The invitation's state as the page words it. */
    public String stateOf(Invitation invitation) {
        return ResourceBundle.getBundle(BUNDLE, locale()).getString("admin.invitation." + invitations.stateOf(invitation).name());
    }

    public boolean revocable(Invitation invitation) {
        return invitations.stateOf(invitation) == InvitationState.OPEN;
    }

    public boolean isOpenRegistration() {
        return registrationPolicy.openRegistration();
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
    public record AuditEntry(String when, String from, String action, String detail) {
    }

    /** The newest {@value #AUDIT_ROWS} admin actions, newest first; nothing before sign-in. */
    public List<AuditEntry> getAudit() {
        if (!session.isAdmin()) {
            return List.of();
        }
        if (auditShown == null) { // read once per request, not once per getter call while the page renders
            auditShown = audit.recent(AUDIT_ROWS).stream().map(AdminView::entry).toList();
        }
        return auditShown;
    }

    private static AuditEntry entry(AdminAction action) {
        return new AuditEntry(WHEN.format(action.getOccurredAt()), action.getClientAddress(), action.getAction(),
                action.getDetail() == null ? "" : action.getDetail());
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    private static String clientAddress() {
        return ((HttpServletRequest) external().getRequest()).getRemoteAddr();
    }

    public List<Registration> getPlatforms() {
        return session.isAdmin() ? registrations.all().stream()
                .map(p -> registrations.find(p.getIssuer(), p.getClientId()).orElse(null))
                .filter(java.util.Objects::nonNull).toList() : List.of();
    }

    public List<ToolKey> getKeys() {
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
