package dk.laerepladsklar.lti.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hand-made servlet requests and responses for filter tests: a request is its method, headers, query and body;
 * a response records status, headers and body. Anything else answers null (or zero).
 */
final class FakeRequests {

    private FakeRequests() {
    }

    /** A request body that counts what was read from it. */
    static final class CountingBody extends InputStream {
        private final InputStream in;
        final AtomicLong read = new AtomicLong();

        CountingBody(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws java.io.IOException {
            int b = in.read();
            if (b >= 0) {
                read.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws java.io.IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                read.addAndGet(n);
            }
            return n;
        }
    }

    /** An endless body, as a chunked sender that never stops. */
    static InputStream endless() {
        return new InputStream() {
            @Override
            public int read() {
                return 'a';
            }
        };
    }

    static HttpServletRequest request(String method, long contentLength, Map<String, String> headers, String query,
                                      InputStream body) {
        Map<String, String> lower = new HashMap<>();
        headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        ServletInputStream stream = new ServletInputStream() {
            @Override
            public int read() throws java.io.IOException {
                return body.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws java.io.IOException {
                return body.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return false;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
            }
        };
        return (HttpServletRequest) Proxy.newProxyInstance(FakeRequests.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getContentLengthLong" -> contentLength;
                    case "getContentLength" -> (int) Math.min(Integer.MAX_VALUE, contentLength);
                    case "getHeader" -> lower.get(((String) args[0]).toLowerCase(Locale.ROOT));
                    case "getContentType" -> lower.get("content-type");
                    case "getQueryString" -> query;
                    case "getInputStream" -> stream;
                    case "getRemoteAddr" -> "192.0.2.10";
                    case "getRequestURI" -> "/api/lti/login";
                    case "getCharacterEncoding" -> null;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "fake " + method;
                    default -> m.getReturnType() == boolean.class ? false : m.getReturnType() == int.class ? 0
                            : m.getReturnType() == long.class ? 0L : null;
                });
    }

    /** A response that keeps what is written to it. */
    static final class Recorded {
        int status = 200;
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        final HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                FakeRequests.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> {
                    switch (m.getName()) {
                        case "setStatus" -> status = (int) args[0];
                        case "getStatus" -> {
                            return status;
                        }
                        case "setHeader", "addHeader" -> headers.put(((String) args[0]).toLowerCase(Locale.ROOT), (String) args[1]);
                        case "setContentType" -> headers.put("content-type", (String) args[0]);
                        case "setContentLength" -> headers.put("content-length", Integer.toString((int) args[0]));
                        case "getOutputStream" -> {
                            return new ServletOutputStream() {
                                @Override
                                public void write(int b) {
                                    body.write(b);
                                }

                                @Override
                                public boolean isReady() {
                                    return true;
                                }

                                @Override
                                public void setWriteListener(WriteListener listener) {
                                }
                            };
                        }
                        case "hashCode" -> {
                            return System.identityHashCode(proxy);
                        }
                        case "equals" -> {
                            return proxy == args[0];
                        }
                        default -> {
                            return m.getReturnType() == boolean.class ? false : m.getReturnType() == int.class ? 0 : null;
                        }
                    }
                    return null;
                });

        String text() {
            return body.toString(StandardCharsets.UTF_8);
        }
    }
}
