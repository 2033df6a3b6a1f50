package dk.laerepladsklar.webapp;

import dk.laerepladsklar.kernel.PageMessages;
import dk.laerepladsklar.lti.core.keys.ToolKey;
import dk.laerepladsklar.lti.core.keys.ToolKeys;
import dk.laerepladsklar.lti.core.registration.Registration;
import dk.laerepladsklar.lti.core.registration.RegistrationImport;
import dk.laerepladsklar.lti.core.registration.Registrations;
import dk.laerepladsklar.lti.web.AdminToken;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The installation admin's page: sign in with the admin token, register a platform by hand (the fields a
 * school's Moodle or Canvas shows), see the registered platforms, and rotate the tool's keys.
 */
@Named
@ViewScoped
public class AdminView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AdminView.class);
    static final String BUNDLE = "dk.laerepladsklar.webapp.messages";

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

    private String token;
    private String issuer;
    private String clientId;
    private String name;
    private String authLoginUrl;
    private String tokenUrl;
    private String jwksUrl;
    private String deploymentIds;

    public boolean isSignedIn() {
        return session.isAdmin();
    }

    public boolean isAvailable() {
        return adminToken.isConfigured();
    }

    public void signIn() {
        if (adminToken.matches(token)) {
            session.grant();
        } else {
            LOG.warn("Admin page refused: ADMIN_TOKEN_MISMATCH");
            PageMessages.error(BUNDLE, locale(), "admin.wrongToken");
        }
        token = null;
    }

    public void register() {
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
        try {
            Registration registration = registrationImport.importOne(json);
            PageMessages.info(BUNDLE, locale(), "admin.registered", registration.issuer(), registration.clientId());
            issuer = clientId = name = authLoginUrl = tokenUrl = jwksUrl = deploymentIds = null;
        } catch (IllegalArgumentException e) {
            // The admin keeps what they typed; the message says what to fix.
            PageMessages.error(BUNDLE, locale(), "admin.invalid", e.getMessage());
        }
    }

    public void rotate() {
        if (session.isAdmin()) {
            PageMessages.info(BUNDLE, locale(), "admin.rotated", toolKeys.rotate());
        }
    }

    public void retirePrevious() {
        if (session.isAdmin()) {
            PageMessages.info(BUNDLE, locale(), "admin.retired", toolKeys.retireOlderThanCurrent());
        }
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
}
