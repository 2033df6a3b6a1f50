package dk.laerepladsklar.kernel.handover;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Binds codes to the session that asked for them: each such session gets a random key (a session attribute, so it
 * survives a change of session id), and when the session ends its waiting codes open nothing any more.
 */
@WebListener
public class HandoverSessions implements HttpSessionListener {

    static final String KEY = HandoverSessions.class.getName() + ".key";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HandoverCodes codes;

    /** The session's key, made at its first code. */
    static String keyOf(HttpSession session) {
        synchronized (session) {
            Object key = session.getAttribute(KEY);
            if (key instanceof String existing) {
                return existing;
            }
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            String made = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(KEY, made);
            return made;
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        Object key = event.getSession().getAttribute(KEY);
        if (key instanceof String value) {
            codes.sessionEnded(value);
        }
    }
}
