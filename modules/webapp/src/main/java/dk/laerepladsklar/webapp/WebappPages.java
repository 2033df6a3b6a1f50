package dk.laerepladsklar.webapp;

import dk.laerepladsklar.kernel.access.Audience;
import dk.laerepladsklar.kernel.access.ProtectedPage;
import dk.laerepladsklar.kernel.access.ProtectedPages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The application's own launched pages: help, for anyone launched (observers and guests too). */
@ApplicationScoped
public class WebappPages implements ProtectedPages {

    public static final String HELP = "/student/help.xhtml";

    @Override
    public List<ProtectedPage> pages() {
        return List.of(ProtectedPage.page(HELP, Audience.LAUNCHED));
    }
}
