package dk.laerepladsklar.lti.core.net;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;

/**
 * The installation's platform clients ({@link PlatformHttp#forInstallation()}) are shared by every bean and
 * outlive them: their pooled connections and their timer thread are closed here when the application stops,
 * so a redeployment does not keep the old one's thread, sockets and classes alive.
 */
@ApplicationScoped
public class SharedClients {

    void close(@Observes @BeforeDestroyed(ApplicationScoped.class) Object applicationStopping) {
        PlatformHttp.shutdown();
    }
}
