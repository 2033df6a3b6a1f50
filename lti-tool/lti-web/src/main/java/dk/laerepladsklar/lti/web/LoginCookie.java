package dk.laerepladsklar.lti.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Binds a login to the browser that started it: a short-lived, partitioned cookie holding the login's
 * browser secret, named after the state so several logins (tabs) can run at once.
 */
final class LoginCookie {

    private static final String PREFIX = "lpk_login_";

    private LoginCookie() {
    }

    static String name(String state) {
        return PREFIX + state.substring(0, Math.min(16, state.length())).replace('-', 'A').replace('_', 'B');
    }

    static String setHeader(String state, String secret, boolean secure) {
        return name(state) + "=" + secret + "; Path=" + ToolUrls.LAUNCH + "; Max-Age=300; HttpOnly"
                + (secure ? "; Secure; SameSite=None; Partitioned" : "; SameSite=Lax");
    }

    static String clearHeader(String state, boolean secure) {
        return name(state) + "=; Path=" + ToolUrls.LAUNCH + "; Max-Age=0; HttpOnly"
                + (secure ? "; Secure; SameSite=None; Partitioned" : "; SameSite=Lax");
    }

    static String read(HttpServletRequest request, String state) {
        if (state == null || request.getCookies() == null) {
            return null;
        }
        String name = name(state);
        for (Cookie cookie : request.getCookies()) {
            if (name.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
