package dk.laerepladsklar.kernel.access;

import dk.laerepladsklar.kernel.SignedInUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The one filter in front of every page and resource a module declares in its {@link ProtectedPages}: a request
 * needs a launch context this session holds and an actor of the page's {@link Audience} (see {@link PageGate}).
 * Everything else (the front page, the LTI endpoints, images, Faces resources) passes untouched.
 */
@WebFilter(urlPatterns = "/*")
public class PageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PageFilter.class);

    @Inject
    transient SignedInUser signedInUser;
    @Inject
    transient Instance<ProtectedPages> contributions;
    @Inject
    transient SchoolRoles schoolRoles;

    private transient List<ProtectedPage> protectedPages;

    @PostConstruct
    void collect() {
        protectedPages = contributions.stream().flatMap(c -> c.pages().stream())
                .sorted(Comparator.comparingInt(ProtectedPage::specificity).reversed()).toList();
        Set<String> listed = ServiceLoader.load(ProtectedPages.class, Thread.currentThread().getContextClassLoader()).stream()
                .map(provider -> provider.type().getName()).collect(Collectors.toSet());
        contributions.stream().map(c -> beanClass(c.getClass()).getName()).filter(name -> !listed.contains(name))
                .forEach(name -> LOG.warnf("PROTECTED_PAGES_NOT_LISTED: %s is not in META-INF/services, so the "
                        + "authorization matrix test does not run its pages", name));
    }

    /** The contribution's own class behind a container proxy. */
    private static Class<?> beanClass(Class<?> type) {
        return type.getName().contains("$Proxy$") || type.getName().contains("$$") ? type.getSuperclass() : type;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<ProtectedPage> page = declarationFor(applicationPath(request));
        if (page.isEmpty() || PageGate.admit(request, response, signedInUser, page.get(), schoolRoles)) {
            chain.doFilter(request, response);
        }
    }

    Optional<ProtectedPage> declarationFor(String path) {
        return protectedPages.stream().filter(p -> p.matches(path)).findFirst();
    }

    /** The path below the context path, as the declarations name it: {@code /teacher/class.xhtml}, {@code /api/…}. */
    static String applicationPath(HttpServletRequest request) {
        String pathInfo = request.getPathInfo();
        return request.getServletPath() + (pathInfo == null ? "" : pathInfo);
    }
}
