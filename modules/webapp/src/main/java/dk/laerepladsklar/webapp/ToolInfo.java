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

    /**
     * The language of pages shown before any launch: the first of Danish and English the browser asks for (in the
     * order of its Accept-Language weights), else Danish. The page's {@code lang} says the same.
     */
    public String getLanguage() {
        if (request.getHeader("Accept-Language") == null) {
            return "da";
        }
        for (java.util.Enumeration<java.util.Locale> locales = request.getLocales(); locales.hasMoreElements(); ) {
            String language = locales.nextElement().getLanguage();
            if (language.equals("da") || language.equals("en")) {
                return language;
            }
        }
        return "da";
    }

    /** One address an IT admin copies into the LMS; {@code id} names its label and help in the bundle. */
    public record ToolUrl(String id, String url) {
    }

    /**
     * Every address a school's IT admin needs, in the order they are used: dynamic registration (Moodle, Canvas),
     * the Canvas JSON configuration, then the addresses for a registration by hand (login, redirect, keys, the
     * tool's and Deep Linking's target), and the tool's own admin page.
     */
    public java.util.List<ToolUrl> getUrls() {
        String base = urls.base(requestBase());
        return java.util.List.of(
                new ToolUrl("registration", base + ToolUrls.REGISTRATION),
                new ToolUrl("canvas", base + ToolUrls.API + "/lti/canvas-configuration"),
                new ToolUrl("login", urls.login(requestBase())),
                new ToolUrl("launch", urls.launch(requestBase())),
                new ToolUrl("jwks", urls.jwks(requestBase())),
                new ToolUrl("target", base + "/"),
                new ToolUrl("deepLinking", base + "/"),
                new ToolUrl("admin", base + ADMIN_PAGE));
    }

    /** The tool's admin page (platforms, invitations, keys). */
    static final String ADMIN_PAGE = "/admin/platforms.xhtml";

    public boolean isDemoEnabled() {
        return DemoMode.enabled();
    }

    public String getDemoLmsUrl() {
        return demo.issuer(requestBase());
    }
}
