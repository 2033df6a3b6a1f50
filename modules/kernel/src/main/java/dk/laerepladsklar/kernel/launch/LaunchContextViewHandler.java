package dk.laerepladsklar.kernel.launch;

import dk.laerepladsklar.kernel.SignedInUser;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;

/**
 * Carries the launch context on every address Faces makes: form actions (plain and ajax posts), links to views
 * ({@code h:link}) and the redirects of navigation. So every page of a launch, and every action on it, acts in
 * that launch, whatever another tab of the same session launched since. Links built by hand use
 * {@link SignedInUser#withContext(String)}.
 */
public class LaunchContextViewHandler extends ViewHandlerWrapper {

    public LaunchContextViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        return withContext(super.getActionURL(context, viewId));
    }

    @Override
    public String getBookmarkableURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
                                     boolean includeViewParams) {
        return withContext(super.getBookmarkableURL(context, viewId, parameters, includeViewParams));
    }

    @Override
    public String getRedirectURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
                                 boolean includeViewParams) {
        return withContext(super.getRedirectURL(context, viewId, parameters, includeViewParams));
    }

    private static String withContext(String url) {
        return CDI.current().select(SignedInUser.class).get().withContext(url);
    }
}
