package dk.laerepladsklar.webapp;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** All JAX-RS endpoints (LTI protocol, demo LMS, admin) live under {@code /api}. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
