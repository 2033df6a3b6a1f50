package dk.laerepladsklar.lti.api.admin;

import java.util.List;

/** Whether this installation is safe to serve schools. */
public interface InstallationReadiness {

    /** What must be set before a production installation may start, each a sentence; empty when ready. */
    List<String> problems();
}
