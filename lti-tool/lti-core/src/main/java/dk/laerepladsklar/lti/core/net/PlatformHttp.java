package dk.laerepladsklar.lti.core.net;

import dk.laerepladsklar.lti.core.net.OutboundPolicy.Destination;
import dk.laerepladsklar.lti.core.net.PlatformUnreachable.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.lang.ref.WeakReference;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSession;
import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.HttpRequestRetryStrategy;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.HttpsSupport;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.MalformedChunkCodingException;
import org.apache.hc.core5.http.MessageConstraintException;
import org.apache.hc.core5.http.Method;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.jboss.logging.Logger;

/**
 * The tool's one HTTP client for calls to platforms (OpenID configuration, registration, JWKS, token, AGS,
 * NRPS), on Apache HttpClient 5 (classic, pooled). Each call: the URL is checked by the {@link OutboundPolicy}
 * (scheme, host) before anything is sent; when a connection is opened, the client's {@link DnsResolver} is
 * the policy itself: it resolves the name once, checks every address and hands the client only those, so
 * the socket can go nowhere else (a DNS answer that changes between the check and the connection is never
 * asked for). Host header, TLS SNI and the certificate check (the JDK's endpoint identification and
 * HttpClient's verifier, both) use the original name. Redirects are never followed (a 3xx is a refusal); the
 * answer's body is read through a bounded stream up to a cap, and the call as a whole up to a time cap: a
 * shared timer cancels the request at its deadline, which closes the connection under any read that waits
 * (the per-read timeout alone would let an answer that drips a byte at a time go on for ever).
 *
 * <p>Pooling, and why it cannot bypass the check: connections are kept per route (scheme, host name, port;
 * at most {@value #MAX_PER_ROUTE} per route, {@value #MAX_POOLED} in all) so the gradebook worker reuses its
 * TLS connections. A connection is only ever opened through the checking resolver, to an address that passed
 * the check for that very name, and a connected socket cannot be moved: reusing it reaches the same checked
 * address, whatever the name resolves to meanwhile. A route never shares a connection with another name,
 * port or scheme, so a name that now resolves to a blocked address gets no connection of another name's; its
 * own next connection is resolved and checked afresh. The policy is fixed per client (each
 * {@code PlatformHttp} with its own policy has its own pools), and plain http (dev mode only) has its own
 * pool whose resolver accepts loopback alone. Connections live at most {@link #CONNECTION_LIFETIME}, so even
 * a busy one is re-resolved and re-checked regularly, and idle ones are closed after {@link #IDLE}.
 *
 * <p>Every failure is a {@link PlatformUnreachable}; refusals by policy are logged here at WARN with their
 * symbolic reason, without the URL's query (it may carry a registration token). HttpClient's own DEBUG
 * logging ({@code org.apache.hc}) writes request lines and headers: never turn it on in production.
 */
public final class PlatformHttp {

    private static final Logger LOG = Logger.getLogger(PlatformHttp.class);

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
    /** A platform's answers are small JSON documents (an NRPS page of 50 members is a few KB). */
    public static final int MAX_BODY_BYTES = 1024 * 1024;
    static final int MAX_HEADER_BYTES = 64 * 1024;
    static final int MAX_HEADERS = 200;
    static final String USER_AGENT = "Laerepladsklar-LTI-Tool";
    static final int MAX_PER_ROUTE = 20;
    static final int MAX_POOLED = 100;
    static final Duration IDLE = Duration.ofSeconds(30);
    static final Duration CONNECTION_LIFETIME = Duration.ofMinutes(5);
    /** The headers the client writes itself (framing, connection, compression: none is asked for). */
    private static final Set<String> OWN_HEADERS = Set.of("host", "content-length", "connection", "transfer-encoding", "expect",
            "accept-encoding", "keep-alive", "upgrade", "te", "trailer");

    /** One daemon thread for every client: it cancels calls at their deadline and closes idle connections. */
    private static final ScheduledThreadPoolExecutor TIMER = timer();
    /** The installation's clients, shared by every bean that calls platforms (one set of pools). */
    private static final Map<List<Boolean>, PlatformHttp> INSTALLED = new ConcurrentHashMap<>();

    private final OutboundPolicy policy;
    private final Duration connectTimeout;
    private final Duration maxTotal;
    private final int maxBody;
    private final SSLContext tls;
    private final Transport transport;

    /** @param tls the trust for platforms' certificates; null for the JDK's default */
    public PlatformHttp(OutboundPolicy policy, Duration connectTimeout, Duration maxTotal, int maxBody, SSLContext tls) {
        this(policy, connectTimeout, maxTotal, maxBody, tls == null ? jdkDefault() : tls, null);
    }

    private PlatformHttp(OutboundPolicy policy, Duration connectTimeout, Duration maxTotal, int maxBody, SSLContext tls,
            Transport transport) {
        this.policy = policy;
        this.connectTimeout = connectTimeout;
        this.maxTotal = maxTotal;
        this.maxBody = maxBody;
        this.tls = tls;
        this.transport = transport != null ? transport : new Transport(policy, tls);
    }

    /** With this installation's policy, the default time caps and the JDK's trust store; one shared instance. */
    public static PlatformHttp forInstallation() {
        OutboundPolicy policy = OutboundPolicy.fromInstallation();
        return INSTALLED.computeIfAbsent(List.of(policy.devMode(), policy.allowsPrivate()), settings -> with(policy));
    }

    public static PlatformHttp with(OutboundPolicy policy) {
        return new PlatformHttp(policy, CONNECT_TIMEOUT, REQUEST_TIMEOUT, MAX_BODY_BYTES, null);
    }

    /** The same client (and pools) with other time caps (a request's own {@link HttpRequest#timeout()} may only shorten the total). */
    public PlatformHttp withTimeouts(Duration connect, Duration total) {
        return new PlatformHttp(policy, connect, total, maxBody, tls, transport);
    }

    /** A client that trusts what this context trusts (its own pools). */
    public PlatformHttp withTls(SSLContext context) {
        return new PlatformHttp(policy, connectTimeout, maxTotal, maxBody, context, null);
    }

    public OutboundPolicy policy() {
        return policy;
    }

    /**
     * Closes the installation's pools and stops the timer, when the application stops ({@link SharedClients}): a
     * redeployment leaves no thread or socket of the old one behind. No call may be made after it.
     */
    static void shutdown() {
        INSTALLED.values().forEach(http -> http.transport.close());
        INSTALLED.clear();
        TIMER.shutdownNow();
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
        Duration total = request.timeout().filter(t -> t.compareTo(maxTotal) < 0).orElse(maxTotal);
        Destination target = policy.checkUrl(request.uri());
        CloseableHttpClient client = target.tls() ? transport.secure() : transport.plain(); // plain: dev mode, checked above
        HttpUriRequestBase call = outgoing(request);
        call.setConfig(RequestConfig.custom()
                .setConnectTimeout(Timeout.of(connectTimeout.compareTo(total) < 0 ? connectTimeout : total))
                .setConnectionRequestTimeout(Timeout.of(total))
                .setResponseTimeout(Timeout.of(total)) // per read: the deadline below caps the whole call
                .build());
        HttpClientContext context = HttpClientContext.create();
        AtomicBoolean late = new AtomicBoolean();
        ScheduledFuture<?> deadline = TIMER.schedule(() -> {
            late.set(true);
            call.cancel();
        }, total.toNanos(), TimeUnit.NANOSECONDS);
        ClassicHttpResponse response = null;
        try {
            response = client.executeOpen(null, call, context);
            int status = response.getCode();
            if (status / 100 == 3) { // a redirect's body is never read: the call is refused anyway
                Header location = response.getFirstHeader("Location");
                throw new PlatformUnreachable(Reason.REDIRECT_REFUSED, "HTTP " + status + " to "
                        + (location == null ? "nowhere" : withoutQuery(location.getValue())));
            }
            HttpEntity entity = response.getEntity();
            byte[] body = entity == null || "HEAD".equals(request.method()) ? new byte[0] : body(entity);
            return new Answer(status, request, headers(response), new String(body, charset(entity)), context.getSSLSession());
        } catch (IOException e) {
            call.cancel(); // the connection is closed, never drained nor pooled
            throw unreachable(e, late.get(), total);
        } finally {
            deadline.cancel(false);
            closeQuietly(response);
        }
    }

    /** The body up to the cap; one byte more is a refusal (read to its end, the connection goes back to the pool). */
    private byte[] body(HttpEntity entity) throws IOException {
        long announced = entity.getContentLength();
        if (announced > maxBody) {
            throw new PlatformUnreachable(Reason.BODY_TOO_LARGE, announced + " bytes announced");
        }
        InputStream in = entity.getContent(); // closed with the response, or dropped with the connection
        byte[] body = in.readNBytes(maxBody + 1);
        if (body.length > maxBody) {
            throw new PlatformUnreachable(Reason.BODY_TOO_LARGE, "more than " + maxBody + " bytes");
        }
        return body;
    }

    private static HttpUriRequestBase outgoing(HttpRequest request) {
        HttpUriRequestBase call = new HttpUriRequestBase(request.method(), request.uri());
        request.headers().map().forEach((name, values) -> {
            if (!OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> call.addHeader(name, value)); // HttpRequest.Builder refused CR and LF
            }
        });
        byte[] body = body(request);
        if (body != null) {
            call.setEntity(new ByteArrayEntity(body, null)); // its Content-Type is the request's header
        }
        return call;
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

    /** The one failure type, with the reason the log needs: the policy's own refusals pass through as they are. */
    private static PlatformUnreachable unreachable(IOException e, boolean late, Duration total) {
        if (e instanceof PlatformUnreachable own) {
            return own;
        }
        if (e.getCause() instanceof PlatformUnreachable checked) {
            return checked; // from the resolver: an unknown host, a blocked address, plain http off loopback
        }
        if (late || e instanceof InterruptedIOException) { // SocketTimeoutException, ConnectTimeoutException
            return new PlatformUnreachable(Reason.TIMEOUT, "no answer within " + total.toMillis() + " ms", e);
        }
        if (e instanceof SSLException) {
            return new PlatformUnreachable(Reason.TLS_FAILED, e.getMessage(), e);
        }
        if (e instanceof MessageConstraintException) {
            return new PlatformUnreachable(Reason.BODY_TOO_LARGE, "headers over the limits", e);
        }
        if (e instanceof ClientProtocolException || e instanceof NoHttpResponseException || e instanceof ConnectionClosedException
                || e instanceof MalformedChunkCodingException) {
            return new PlatformUnreachable(Reason.MALFORMED_RESPONSE, e.getMessage(), e);
        }
        return new PlatformUnreachable(Reason.CONNECT_FAILED, e instanceof ConnectException ? "connection refused" : e.toString(), e);
    }

    private static HttpHeaders headers(ClassicHttpResponse response) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Header header : response.getHeaders()) {
            headers.computeIfAbsent(header.getName(), n -> new ArrayList<>()).add(header.getValue());
        }
        return HttpHeaders.of(headers, (name, value) -> true);
    }

    private static Charset charset(HttpEntity entity) {
        ContentType type = entity == null ? null : ContentType.parseLenient(entity.getContentType());
        return type != null && type.getCharset() != null ? type.getCharset() : StandardCharsets.UTF_8;
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

    private static void closeQuietly(ClassicHttpResponse response) {
        if (response != null) {
            try {
                response.close();
            } catch (IOException e) {
                // the connection is gone already: nothing to do
            }
        }
    }

    private static SSLContext jdkDefault() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no TLS in this JDK", e);
        }
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "platform-http-timer");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    /**
     * The pooled clients of one policy and one trust: https, and plain http in dev mode only (its resolver
     * accepts loopback alone). Each pool's resolver is the policy: no connection is opened to an address it did
     * not check just now.
     */
    private record Transport(CloseableHttpClient secure, CloseableHttpClient plain) {

        Transport(OutboundPolicy policy, SSLContext tls) {
            this(client(policy, true, tls), policy.devMode() ? client(policy, false, tls) : null);
        }

        void close() {
            secure.close(CloseMode.GRACEFUL);
            if (plain != null) {
                plain.close(CloseMode.GRACEFUL);
            }
        }

        private static CloseableHttpClient client(OutboundPolicy policy, boolean secure, SSLContext tls) {
            PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                    .setDnsResolver(new CheckedResolver(policy, secure))
                    .setTlsSocketStrategy(new DefaultClientTlsStrategy(tls, HostnameVerificationPolicy.BOTH,
                            HttpsSupport.getDefaultHostnameVerifier()))
                    .setConnectionFactory(ManagedHttpClientConnectionFactory.builder().http1Config(Http1Config.custom()
                            .setMaxLineLength(MAX_HEADER_BYTES).setMaxHeaderCount(MAX_HEADERS).build()).build())
                    .setMaxConnPerRoute(MAX_PER_ROUTE)
                    .setMaxConnTotal(MAX_POOLED)
                    .setDefaultConnectionConfig(ConnectionConfig.custom()
                            .setTimeToLive(TimeValue.of(CONNECTION_LIFETIME))
                            .setIdleTimeout(Timeout.of(IDLE))
                            .setValidateAfterInactivity(TimeValue.ofSeconds(1)) // a connection the platform closed is not reused
                            .build())
                    .build();
            closeIdleConnections(pool);
            return HttpClients.custom()
                    .setConnectionManager(pool)
                    .disableRedirectHandling()
                    .disableContentCompression()
                    .disableCookieManagement()
                    .disableAuthCaching()
                    .setRetryStrategy(new StaleConnectionRetry())
                    .setUserAgent(USER_AGENT)
                    .build();
        }

        /** Every 10 s on the shared timer, for as long as the pool is in use (the task ends once it is gone). */
        private static void closeIdleConnections(PoolingHttpClientConnectionManager pool) {
            WeakReference<PoolingHttpClientConnectionManager> held = new WeakReference<>(pool);
            TIMER.scheduleWithFixedDelay(() -> {
                PoolingHttpClientConnectionManager live = held.get();
                if (live == null) {
                    throw new CancellationException("pool collected"); // a periodic task that throws is not run again
                }
                live.closeExpired();
                live.closeIdle(TimeValue.of(IDLE));
            }, 10, 10, TimeUnit.SECONDS);
        }
    }

    /**
     * The policy as HttpClient's resolver: resolves once, checks every address, and answers only with checked
     * ones; a refusal travels inside an {@link UnknownHostException} (all a resolver may throw) and is
     * unwrapped by {@link #unreachable}.
     */
    private record CheckedResolver(OutboundPolicy policy, boolean tls) implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            try {
                return policy.addresses(host, tls).toArray(InetAddress[]::new);
            } catch (PlatformUnreachable e) {
                UnknownHostException refused = new UnknownHostException(e.getMessage());
                refused.initCause(e);
                throw refused;
            }
        }

        @Override
        public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
            List<InetSocketAddress> addresses = new ArrayList<>();
            for (InetAddress address : resolve(host)) {
                addresses.add(new InetSocketAddress(address, port));
            }
            return addresses;
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host; // only authentication schemes the tool does not use would ask
        }
    }

    /**
     * One retry, only when a pooled connection turned out closed by the platform before it answered anything
     * ({@link NoHttpResponseException}), and only for an idempotent method: never a second POST of a score.
     */
    private static final class StaleConnectionRetry implements HttpRequestRetryStrategy {

        @Override
        public boolean retryRequest(org.apache.hc.core5.http.HttpRequest request, IOException exception, int execCount,
                HttpContext context) {
            return execCount <= 1 && exception instanceof NoHttpResponseException && Method.isIdempotent(request.getMethod());
        }

        @Override
        public boolean retryRequest(org.apache.hc.core5.http.HttpResponse response, int execCount, HttpContext context) {
            return false;
        }

        @Override
        public TimeValue getRetryInterval(org.apache.hc.core5.http.HttpResponse response, int execCount, HttpContext context) {
            return TimeValue.ZERO_MILLISECONDS;
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
