package dk.laerepladsklar.lti.core.net;

import dk.laerepladsklar.lti.core.net.OutboundPolicy.Destination;
import dk.laerepladsklar.lti.core.net.PlatformUnreachable.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Flow;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.jboss.logging.Logger;

/**
 * The tool's one HTTP client for calls to platforms (OpenID configuration, registration, JWKS, token, AGS,
 * NRPS). Each call: the URL is checked by the {@link OutboundPolicy} on the addresses its host resolves to;
 * the socket is connected to one of exactly those addresses (so a DNS answer that changes between the
 * check and the connection cannot reach anything else), and the request carries the original host name in
 * its Host header and its TLS SNI, with the certificate checked against that name. HTTP/1.1, one connection
 * per call ({@code Connection: close}); redirects are never followed (a 3xx is a refusal); the answer's body
 * is read up to a cap and the call as a whole up to a time cap.
 *
 * <p>Why not {@link HttpClient}: it resolves the host itself at connect time and offers no way to connect to
 * a checked address while keeping the name for Host and SNI, so a check before it could be bypassed by DNS
 * rebinding. One connection per call costs a TCP (and TLS) handshake; the calls are rare on the launch path
 * (none while a platform's keys are cached) and the gradebook's are sent by a background worker.
 *
 * <p>Every failure is a {@link PlatformUnreachable}; refusals by policy are logged here at WARN with their
 * symbolic reason, without the URL's query (it may carry a registration token).
 */
public final class PlatformHttp {

    private static final Logger LOG = Logger.getLogger(PlatformHttp.class);

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
    /** A platform's answers are small JSON documents (an NRPS page of 50 members is a few KB). */
    public static final int MAX_BODY_BYTES = 1024 * 1024;
    static final int MAX_HEADER_BYTES = 64 * 1024;
    static final String USER_AGENT = "Laerepladsklar-LTI-Tool";

    private final OutboundPolicy policy;
    private final Duration connectTimeout;
    private final Duration maxTotal;
    private final int maxBody;
    private final SSLSocketFactory tls;

    public PlatformHttp(OutboundPolicy policy, Duration connectTimeout, Duration maxTotal, int maxBody, SSLSocketFactory tls) {
        this.policy = policy;
        this.connectTimeout = connectTimeout;
        this.maxTotal = maxTotal;
        this.maxBody = maxBody;
        this.tls = tls;
    }

    /** With this installation's policy, the default time caps and the JDK's trust store. */
    public static PlatformHttp forInstallation() {
        return with(OutboundPolicy.fromInstallation());
    }

    public static PlatformHttp with(OutboundPolicy policy) {
        return new PlatformHttp(policy, CONNECT_TIMEOUT, REQUEST_TIMEOUT, MAX_BODY_BYTES, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    /** The same client with other time caps (a request's own {@link HttpRequest#timeout()} may only shorten the total). */
    public PlatformHttp withTimeouts(Duration connect, Duration total) {
        return new PlatformHttp(policy, connect, total, maxBody, tls);
    }

    public PlatformHttp withTls(SSLSocketFactory factory) {
        return new PlatformHttp(policy, connectTimeout, maxTotal, maxBody, factory);
    }

    public OutboundPolicy policy() {
        return policy;
    }

    /**
     * Sends the request and reads the whole answer as text (the charset of its Content-Type, else UTF-8).
     *
     * @throws PlatformUnreachable  for every refusal and every network failure, with its reason
     * @throws InterruptedException when the calling thread was interrupted before the call
     */
    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        try {
            return exchange(request);
        } catch (PlatformUnreachable e) {
            if (e.refused()) {
                LOG.warnf("Outbound call refused, %s: %s %s (%s)", e.reason(), request.method(), withoutQuery(request.uri()),
                        e.getMessage());
            }
            throw e;
        }
    }

    private HttpResponse<String> exchange(HttpRequest request) throws PlatformUnreachable {
        long started = System.nanoTime();
        Duration total = request.timeout().filter(t -> t.compareTo(maxTotal) < 0).orElse(maxTotal);
        long deadline = started + total.toNanos();
        Destination destination = policy.check(request.uri());
        byte[] body = body(request);
        try (Socket socket = connect(destination, deadline)) {
            Deadline.apply(socket, deadline);
            Socket channel = socket;
            SSLSession session = null;
            if (destination.tls()) {
                SSLSocket secure = (SSLSocket) tls.createSocket(socket, destination.host(), destination.port(), true);
                SSLParameters parameters = secure.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name the original host
                secure.setSSLParameters(parameters);
                try {
                    secure.startHandshake();
                } catch (SocketTimeoutException e) {
                    throw new PlatformUnreachable(Reason.TIMEOUT, "TLS handshake", e);
                } catch (SSLException e) {
                    throw new PlatformUnreachable(Reason.TLS_FAILED, e.getMessage(), e);
                }
                session = secure.getSession();
                channel = secure;
            }
            OutputStream out = channel.getOutputStream();
            out.write(head(request, destination, body));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            Answer answer = read(new Deadline(channel, deadline), request, session);
            if (answer.statusCode() / 100 == 3) {
                throw new PlatformUnreachable(Reason.REDIRECT_REFUSED, "HTTP " + answer.statusCode() + " to "
                        + answer.headers().firstValue("location").map(PlatformHttp::withoutQuery).orElse("nowhere"));
            }
            return answer;
        } catch (PlatformUnreachable e) {
            throw e;
        } catch (SocketTimeoutException e) {
            throw new PlatformUnreachable(Reason.TIMEOUT, "no answer within " + total.toMillis() + " ms", e);
        } catch (SSLException e) {
            throw new PlatformUnreachable(Reason.TLS_FAILED, e.getMessage(), e);
        } catch (IOException e) {
            throw new PlatformUnreachable(Reason.CONNECT_FAILED, e.toString(), e);
        }
    }

    private Socket connect(Destination destination, long deadline) throws PlatformUnreachable {
        IOException last = null;
        for (InetAddress address : destination.addresses()) {
            long left = Math.min(connectTimeout.toMillis(), millisLeft(deadline));
            if (left <= 0) {
                throw new PlatformUnreachable(Reason.TIMEOUT, "no connection in time");
            }
            Socket socket = new Socket();
            try {
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress(address, destination.port()), (int) left);
                return socket;
            } catch (IOException e) {
                last = e;
                closeQuietly(socket);
            }
        }
        if (last instanceof SocketTimeoutException) {
            throw new PlatformUnreachable(Reason.TIMEOUT, "connect", last);
        }
        throw new PlatformUnreachable(Reason.CONNECT_FAILED, last instanceof ConnectException ? "connection refused"
                : String.valueOf(last), last);
    }

    private static byte[] head(HttpRequest request, Destination destination, byte[] body) {
        URI uri = request.uri();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        StringBuilder head = new StringBuilder(256);
        head.append(request.method()).append(' ').append(target).append(" HTTP/1.1\r\n");
        head.append("Host: ").append(uri.getRawAuthority()).append("\r\n");
        boolean userAgent = false;
        for (Map.Entry<String, List<String>> header : request.headers().map().entrySet()) {
            String name = header.getKey();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("host") || lower.equals("content-length") || lower.equals("connection")
                    || lower.equals("transfer-encoding") || lower.equals("expect") || lower.equals("accept-encoding")) {
                continue; // the client's own business
            }
            userAgent |= lower.equals("user-agent");
            for (String value : header.getValue()) {
                head.append(name).append(": ").append(value).append("\r\n"); // HttpRequest.Builder refused CR and LF
            }
        }
        if (!userAgent) {
            head.append("User-Agent: ").append(USER_AGENT).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        return head.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The request's body, or null for none; the publishers the tool uses are in-memory ones. */
    private static byte[] body(HttpRequest request) {
        HttpRequest.BodyPublisher publisher = request.bodyPublisher().orElse(null);
        boolean expectsBody = "POST".equals(request.method()) || "PUT".equals(request.method()) || "PATCH".equals(request.method());
        if (publisher == null || publisher.contentLength() == 0) {
            return expectsBody ? new byte[0] : null;
        }
        ByteArrayOutputStream collected = new ByteArrayOutputStream();
        publisher.subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] bytes = new byte[item.remaining()];
                item.get(bytes);
                collected.writeBytes(bytes);
            }

            @Override
            public void onError(Throwable throwable) {
                throw new IllegalStateException("request body not readable", throwable);
            }

            @Override
            public void onComplete() {
            }
        });
        return collected.toByteArray();
    }

    private Answer read(InputStream in, HttpRequest request, SSLSession session) throws IOException {
        while (true) {
            String statusLine = line(in);
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
                throw new PlatformUnreachable(Reason.MALFORMED_RESPONSE, "status line");
            }
            int status;
            try {
                status = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                throw new PlatformUnreachable(Reason.MALFORMED_RESPONSE, "status");
            }
            Map<String, List<String>> headers = headers(in);
            if (status / 100 == 1) {
                continue; // an interim answer (100 Continue): the real one follows
            }
            HttpHeaders httpHeaders = HttpHeaders.of(headers, (name, value) -> true);
            byte[] body;
            if ("HEAD".equals(request.method()) || status == 204 || status == 304 || status / 100 == 3) {
                body = new byte[0]; // a redirect's body is never read: the call is refused anyway
            } else {
                body = body(in, httpHeaders);
            }
            return new Answer(status, request, httpHeaders, new String(body, charset(httpHeaders)), session);
        }
    }

    private byte[] body(InputStream in, HttpHeaders headers) throws IOException {
        String encoding = headers.firstValue("transfer-encoding").orElse("").toLowerCase(Locale.ROOT);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (encoding.contains("chunked")) {
            while (true) {
                String size = line(in);
                int semicolon = size.indexOf(';');
                long length;
                try {
                    length = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
                } catch (NumberFormatException e) {
                    throw new PlatformUnreachable(Reason.MALFORMED_RESPONSE, "chunk size");
                }
                if (length == 0) {
                    headers(in); // trailers
                    return body.toByteArray();
                }
                if (length < 0 || body.size() + length > maxBody) {
                    throw new PlatformUnreachable(Reason.BODY_TOO_LARGE, "more than " + maxBody + " bytes");
                }
                copy(in, body, length);
                line(in);
            }
        }
        Optional<String> declared = headers.firstValue("content-length");
        if (declared.isPresent()) {
            long length;
            try {
                length = Long.parseLong(declared.get().strip());
            } catch (NumberFormatException e) {
                throw new PlatformUnreachable(Reason.MALFORMED_RESPONSE, "content-length");
            }
            if (length < 0 || length > maxBody) {
                throw new PlatformUnreachable(Reason.BODY_TOO_LARGE, length + " bytes announced");
            }
            copy(in, body, length);
            return body.toByteArray();
        }
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            if (body.size() + n > maxBody) {
                throw new PlatformUnreachable(Reason.BODY_TOO_LARGE, "more than " + maxBody + " bytes");
            }
            body.write(buffer, 0, n);
        }
        return body.toByteArray();
    }

    private static void copy(InputStream in, ByteArrayOutputStream to, long length) throws IOException {
        byte[] buffer = new byte[8192];
        long left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new PlatformUnreachable(Reason.MALFORMED_RESPONSE, "answer ended early");
            }
            to.write(buffer, 0, n);
            left -= n;
        }
    }

    private static Map<String, List<String>> headers(InputStream in) throws IOException {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        int size = 0;
        while (true) {
            String line = line(in);
            if (line.isEmpty()) {
                return headers;
            }
            size += line.length();
            if (size > MAX_HEADER_BYTES) {
                throw new PlatformUnreachable(Reason.BODY_TOO_LARGE, "headers over " + MAX_HEADER_BYTES + " bytes");
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue; // obsolete line folding or garbage: nothing the tool reads
            }
            headers.computeIfAbsent(line.substring(0, colon).strip(), n -> new ArrayList<>()).add(line.substring(colon + 1).strip());
        }
    }

    /** One CRLF-terminated line in ISO-8859-1, at most {@link #MAX_HEADER_BYTES} long. */
    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new PlatformUnreachable(Reason.MALFORMED_RESPONSE, "answer ended early");
            }
            if (c == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            if (line.length() >= MAX_HEADER_BYTES) {
                throw new PlatformUnreachable(Reason.BODY_TOO_LARGE, "a header line over " + MAX_HEADER_BYTES + " bytes");
            }
            line.append((char) c);
        }
    }

    private static Charset charset(HttpHeaders headers) {
        String type = headers.firstValue("content-type").orElse("");
        for (String parameter : type.split(";")) {
            String[] nameAndValue = parameter.strip().split("=", 2);
            if (nameAndValue.length == 2 && nameAndValue[0].equalsIgnoreCase("charset")) {
                try {
                    return Charset.forName(nameAndValue[1].replace("\"", "").strip());
                } catch (IllegalArgumentException e) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** A URL fit for the log: no query (it may carry a registration token), no user info. */
    public static String forLog(URI uri) {
        return withoutQuery(uri);
    }

    /** A URL fit for the log: no query (it may carry a registration token), no user info. */
    public static String forLog(String url) {
        return withoutQuery(url);
    }

    static String withoutQuery(String url) {
        try {
            return withoutQuery(URI.create(url));
        } catch (IllegalArgumentException e) {
            return "(not a URL)";
        }
    }

    static String withoutQuery(URI uri) {
        return (uri.getScheme() == null ? "" : uri.getScheme() + "://") + (uri.getHost() == null ? "" : uri.getHost())
                + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }

    private static long millisLeft(long deadline) {
        return (deadline - System.nanoTime()) / 1_000_000;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing to do
        }
    }

    /** Reads that give up at the call's deadline: each read may wait only for the time that is left. */
    private static final class Deadline extends InputStream {

        private final InputStream in;
        private final Socket socket;
        private final long deadline;
        private final byte[] one = new byte[1];

        Deadline(Socket socket, long deadline) throws IOException {
            this.socket = socket;
            this.in = new java.io.BufferedInputStream(socket.getInputStream(), 8192);
            this.deadline = deadline;
        }

        static void apply(Socket socket, long deadline) throws IOException {
            long left = millisLeft(deadline);
            if (left <= 0) {
                throw new SocketTimeoutException("deadline");
            }
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
        }

        @Override
        public int read() throws IOException {
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (in.available() == 0) {
                apply(socket, deadline);
            }
            return in.read(buffer, offset, length);
        }
    }

    /** The answer as {@link HttpResponse}, so callers read it as they would read the JDK client's. */
    private record Answer(int statusCode, HttpRequest request, HttpHeaders headers, String body, SSLSession session)
            implements HttpResponse<String> {

        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.ofNullable(session);
        }

        @Override
        public URI uri() {
            return request.uri();
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }
}
