package dk.laerepladsklar.kernel.launch;

import dk.laerepladsklar.kernel.SignedInUser;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Carries the launch context on every address Faces makes: form actions (plain and ajax posts), links to views
 * ({@code h:link}) and the redirects of navigation. So every page of a launch, and every action on it, acts in
 * that launch, whatever another tab of the same session launched since. Links built by hand use
 * {@link SignedInUser#withContext(String)}.
 *
 * <p>A form's action also keeps the page's own view parameters ({@code f:viewParam}, e.g. the module player's
 * placement and step): a post the server refuses before Faces reads it (an upload over the size limit) can then
 * send the student back to the very page it came from.
 */
public class LaunchContextViewHandler extends ViewHandlerWrapper {

    public LaunchContextViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    /** Set while Faces builds a link or redirect: those carry their own parameters, not the current page's. */
    private static final String OWN_PARAMETERS = LaunchContextViewHandler.class.getName() + ".ownParameters";

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        return withContext(context.getAttributes().containsKey(OWN_PARAMETERS) ? url : withViewParameters(context, viewId, url));
    }

    private static String withViewParameters(FacesContext context, String viewId, String url) {
        UIViewRoot root = context.getViewRoot();
        if (root == null || !viewId.equals(root.getViewId())) {
            return url;
        }
        StringBuilder with = new StringBuilder(url);
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(root)) {
            String value = parameter.getStringValue(context);
            String name = parameter.getName();
            if (name == null || value == null || value.isEmpty() || url.contains("?" + name + "=") || url.contains("&" + name + "=")) {
                continue;
            }
            with.append(with.indexOf("?") < 0 ? '?' : '&').append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return with.toString();
    }

    @Override
    public String getBookmarkableURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
                                     boolean includeViewParams) {
        context.getAttributes().put(OWN_PARAMETERS, Boolean.TRUE);
        try {
            return withContext(super.getBookmarkableURL(context, viewId, parameters, includeViewParams));
        } finally {
            context.getAttributes().remove(OWN_PARAMETERS);
        }
    }

    @Override
    public String getRedirectURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
                                 boolean includeViewParams) {
        context.getAttributes().put(OWN_PARAMETERS, Boolean.TRUE);
        try {
            return withContext(super.getRedirectURL(context, viewId, parameters, includeViewParams));
        } finally {
            context.getAttributes().remove(OWN_PARAMETERS);
        }
    }

    private static String withContext(String url) {
        return CDI.current().select(SignedInUser.class).get().withContext(url);
    }
}
