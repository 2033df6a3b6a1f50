package dk.laerepladsklar.webapp;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * The tool lives in the LMS's iframe, on another site than the LMS. Its session cookie must therefore be
 * {@code SameSite=None; Secure}, and {@code Partitioned} so browsers that block third-party cookies keep
 * it, partitioned by the LMS's site (CHIPS). Browsers treat loopback addresses as secure for this.
 */
@WebListener
public class SessionCookiePolicy implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setName("LPKSESSION");
        cookie.setHttpOnly(true);
        cookie.setSecure(true);
        cookie.setPath("/");
        cookie.setAttribute("SameSite", "None");
        cookie.setAttribute("Partitioned", "");
    }
}
