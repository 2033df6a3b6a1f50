package dk.laerepladsklar.webapp;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/** Whether this browser session has shown the installation's admin token. */
@SessionScoped
public class AdminSession implements Serializable {

    private static final long serialVersionUID = 1L;
    private boolean admin;

    void grant() {
        admin = true;
    }

    public boolean isAdmin() {
        return admin;
    }
}
