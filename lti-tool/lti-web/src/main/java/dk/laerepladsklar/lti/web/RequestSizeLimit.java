package dk.laerepladsklar.lti.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * No request body under {@code /api/lti/} may be larger than {@link #LIMIT} (64 KB): the largest LTI message the
 * tool receives, a launch's id_token, is a few KB. A declared {@code Content-Length} above the limit is refused
 * with 413 before anything is read. A body of unknown length (chunked) is read up to the limit and no further;
 * a longer one is refused the same way, a shorter one is handed on from the buffer, with its form fields parsed
 * here (the container's own form parser would read the already consumed stream, and it knows no such limit).
 */
@WebFilter(urlPatterns = "/api/lti/*")
public class RequestSizeLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RequestSizeLimit.class);
    static final int LIMIT = 64 * 1024;
    private static final long WARN_EVERY_MILLIS = 60_000;

    private final AtomicLong refused = new AtomicLong();
    private volatile long warnedAt = Long.MIN_VALUE;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long declared = request.getContentLengthLong();
        if (declared > LIMIT) {
            refuse(request, response);
            return;
        }
        if (declared < 0 && mayHaveBody(request)) {
            byte[] body = readAtMost(request.getInputStream(), LIMIT);
            if (body == null) {
                refuse(request, response);
                return;
            }
            chain.doFilter(new BufferedRequest(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean mayHaveBody(HttpServletRequest request) {
        String method = request.getMethod();
        return request.getHeader("Transfer-Encoding") != null
                || !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
    }

    /** The stream's bytes, or null when there are more than {@code limit}; never reads past limit + 1. */
    static byte[] readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, 8192));
        byte[] chunk = new byte[8192];
        int total = 0;
        int n;
        while ((n = in.read(chunk, 0, Math.min(chunk.length, limit + 1 - total))) > 0) {
            total += n;
            if (total > limit) {
                return null;
            }
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long count = refused.incrementAndGet();
        long now = System.currentTimeMillis();
        if (warnedAt == Long.MIN_VALUE || now - warnedAt >= WARN_EVERY_MILLIS) {
            warnedAt = now;
            LOG.warnf("LTI request refused: %s from %s (%s %s, Content-Length %d; %d refused since start)",
                    FailurePage.TOO_LARGE, request.getRemoteAddr(), request.getMethod(), request.getRequestURI(),
                    request.getContentLengthLong(), count);
        }
        byte[] page = FailurePage.html(BrowserContext.locale(request, null), "request.too-large.advice", FailurePage.TOO_LARGE);
        response.setStatus(413);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        // The unread rest of the body is drained and dropped by the server after this answer (nothing is kept),
        // so the client reads its 413 rather than a reset connection.
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }

    /** A request whose body was read (bounded) into memory. */
    static final class BufferedRequest extends HttpServletRequestWrapper {

        private final byte[] body;
        private Map<String, String[]> parameters;

        BufferedRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body was already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset()));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters().get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters().keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters().get(name);
            return values == null ? null : values.clone();
        }

        private Charset charset() {
            try {
                String encoding = getCharacterEncoding();
                return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            } catch (RuntimeException e) {
                return StandardCharsets.UTF_8;
            }
        }

        /** The query's parameters, then the form body's, as the container would give them. */
        private synchronized Map<String, String[]> parameters() {
            if (parameters == null) {
                Map<String, List<String>> all = new LinkedHashMap<>();
                addPairs(all, getQueryString(), StandardCharsets.UTF_8);
                String type = getContentType();
                if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                    addPairs(all, new String(body, StandardCharsets.ISO_8859_1), charset());
                }
                Map<String, String[]> arrays = new LinkedHashMap<>();
                all.forEach((name, values) -> arrays.put(name, values.toArray(String[]::new)));
                parameters = Collections.unmodifiableMap(arrays);
            }
            return parameters;
        }

        private static void addPairs(Map<String, List<String>> into, String encoded, Charset charset) {
            if (encoded == null || encoded.isEmpty()) {
                return;
            }
            for (String pair : encoded.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                try {
                    String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), charset);
                    String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), charset);
                    into.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value);
                } catch (IllegalArgumentException malformed) {
                    // A malformed escape: the pair is skipped, as the container's parser does.
                }
            }
        }
    }
}
