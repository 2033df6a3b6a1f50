package dk.laerepladsklar.lti.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FramingPolicyTest {

    /** A response that keeps every header line, as a servlet container would send them. */
    private final Map<String, List<String>> sent = new LinkedHashMap<>();
    private final HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> switch (m.getName()) {
                case "setHeader" -> {
                    sent.put(((String) args[0]).toLowerCase(Locale.ROOT), new ArrayList<>(List.of((String) args[1])));
                    yield null;
                }
                case "addHeader" -> {
                    sent.computeIfAbsent(((String) args[0]).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add((String) args[1]);
                    yield null;
                }
                case "getHeader" -> {
                    List<String> values = sent.get(((String) args[0]).toLowerCase(Locale.ROOT));
                    yield values == null ? null : values.get(0);
                }
                default -> m.getReturnType() == boolean.class ? false : m.getReturnType() == int.class ? 0
                        : m.getReturnType() == long.class ? 0L : null;
            });

    private List<String> policiesAfter(FilterChain chain) throws Exception {
        // A request of a browser without a session (no launch yet).
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> m.getReturnType() == boolean.class ? Boolean.FALSE : null);
        new FramingPolicy().doFilter(request, response, chain);
        return sent.get("content-security-policy");
    }

    @Test
    void withoutALaunchOnlyTheToolMayFrame() throws Exception {
        assertEquals(List.of("frame-ancestors 'self'"), policiesAfter((req, res) -> { }));
    }

    @Test
    void aPolicyAddedByJaxRsReplacesTheDefaultInsteadOfBeingASecondOne() throws Exception {
        List<String> policies = policiesAfter((req, res) -> {
            FrameAncestors.allow((HttpServletResponse) res, List.of("https://moodle.skole.dk"));
            ((HttpServletResponse) res).addHeader("Content-Security-Policy", "frame-ancestors 'self' https://canvas.skole.dk");
        });

        assertEquals(List.of("frame-ancestors 'self' https://canvas.skole.dk"), policies);
    }

    @Test
    void aDownloadsOwnPolicyKeepsTheFramingRule() throws Exception {
        List<String> policies = policiesAfter((req, res) -> {
            FrameAncestors.allow((HttpServletResponse) res, List.of("https://moodle.skole.dk"));
            ((HttpServletResponse) res).addHeader("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'");
        });

        assertEquals(List.of("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self' https://moodle.skole.dk"), policies);
    }
}
