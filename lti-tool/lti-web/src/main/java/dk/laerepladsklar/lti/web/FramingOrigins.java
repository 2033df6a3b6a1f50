package dk.laerepladsklar.lti.web;

import java.io.Serializable;
import java.util.List;

/**
 * The origins that may show this browser session's pages in an iframe: those of the platform the session was
 * launched from. Kept in the HTTP session (small and serializable, for a cluster).
 */
record FramingOrigins(List<String> origins) implements Serializable {

    static final String SESSION_ATTRIBUTE = FramingOrigins.class.getName();

    FramingOrigins {
        origins = List.copyOf(origins);
    }
}
