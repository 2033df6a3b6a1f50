package dk.laerepladsklar.webapp.drain;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.time.Duration;
import org.jboss.logging.Logger;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Drains the deployment on SIGTERM before the server suspends. With {@code <distributable/>} WildFly stops the session
 * manager at the moment it suspends, so a request in flight would fail at its end and a new one would get 500; this
 * handler runs first: it turns new requests away (503, {@link DrainFilter}), waits until those in flight are done or
 * LPK_SHUTDOWN_TIMEOUT (default 30 s) has passed, and only then hands the signal on to the handler it replaced (the
 * JVM's, whose shutdown hook suspends and stops WildFly). The replaced handler comes back when the deployment stops,
 * so redeploying in one server does not stack handlers.
 */
@WebListener
public class ShutdownDrain implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(ShutdownDrain.class);
    private static final String ATTRIBUTE = Drain.class.getName();
    private static final Signal TERM = new Signal("TERM");

    private volatile SignalHandler previous;
    private volatile SignalHandler installed;
    private volatile boolean stopped;

    static Drain of(ServletContext context) {
        return (Drain) context.getAttribute(ATTRIBUTE);
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Drain drain = new Drain();
        event.getServletContext().setAttribute(ATTRIBUTE, drain);
        Duration timeout = Drain.timeout(System.getenv("LPK_SHUTDOWN_TIMEOUT"));
        installed = new DrainingHandler(drain, timeout);
        try {
            previous = Signal.handle(TERM, installed);
        } catch (IllegalArgumentException e) {
            // The JVM was started with -Xrs, or TERM is not a signal here: the server's own suspend is all there is.
            LOG.warnf("SHUTDOWN_DRAIN_UNAVAILABLE: %s", e.getMessage());
            installed = null;
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (installed == null) {
            return;
        }
        stopped = true;
        SignalHandler current = Signal.handle(TERM, previous);
        if (current != installed) {
            // Another deployment installed its handler after this one: it stays, and this one, in its chain, only
            // passes the signal on from now on.
            Signal.handle(TERM, current);
        }
        installed = null;
    }

    /** Drains, then passes the signal to the handler that was there before. */
    private final class DrainingHandler implements SignalHandler {

        private final Drain drain;
        private final Duration timeout;

        DrainingHandler(Drain drain, Duration timeout) {
            this.drain = drain;
            this.timeout = timeout;
        }

        @Override
        public void handle(Signal signal) {
            if (!stopped) {
                drain(signal);
            }
            SignalHandler next = previous;
            if (next == SignalHandler.SIG_DFL) {
                Signal.handle(signal, SignalHandler.SIG_DFL);
                Signal.raise(signal);
            } else if (next != null && next != SignalHandler.SIG_IGN) {
                next.handle(signal);
            }
        }

        private void drain(Signal signal) {
            LOG.infof("SHUTDOWN_DRAIN: %s received, refusing new requests, %d in flight, waiting at most %d s",
                    signal.getName(), drain.inFlight(), timeout.toSeconds());
            try {
                boolean drained = drain.drain(timeout);
                LOG.infof(drained ? "SHUTDOWN_DRAINED: no request in flight" : "SHUTDOWN_DRAIN_TIMEOUT: %d still in flight",
                        drain.inFlight());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
