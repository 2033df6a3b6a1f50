package dk.laerepladsklar.webapp;

import dk.laerepladsklar.lti.demo.DemoMode;
import dk.laerepladsklar.lti.demo.DemoPlatform;
import dk.laerepladsklar.lti.web.ToolUrls;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/** The addresses a school's IT admin needs, shown on the tool's front page. */
@Named
@RequestScoped
public class ToolInfo {

    @Inject
    ToolUrls urls;
    @Inject
    DemoPlatform demo;
    @Inject
    HttpServletRequest request;

    private URI requestBase() {
        String url = request.getRequestURL().toString();
        return URI.create(url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath() + "/");
    }

    public String getRegistrationUrl() {
        return urls.base(requestBase()) + ToolUrls.REGISTRATION;
    }

    public String getJwksUrl() {
        return urls.jwks(requestBase());
    }

    public String getLoginUrl() {
        return urls.login(requestBase());
    }

    public String getLaunchUrl() {
        return urls.launch(requestBase());
    }

    /** The language of pages shown before any launch: English if the browser asks for it first, else Danish. */
    public String getLanguage() {
        String accept = request.getHeader("Accept-Language");
        return accept != null && accept.toLowerCase(java.util.Locale.ROOT).startsWith("en") ? "en" : "da";
    }

    public boolean isDemoEnabled() {
        return DemoMode.enabled();
    }

    public String getDemoLmsUrl() {
        return demo.issuer(requestBase());
    }
}
