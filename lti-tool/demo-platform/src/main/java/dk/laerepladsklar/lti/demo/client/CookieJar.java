package dk.laerepladsklar.lti.demo.client;

import java.net.http.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The cookies one simulated browser holds for the tool. Java's own CookieManager drops Secure cookies
 * over plain HTTP, which browsers keep on loopback addresses, so this small jar does what browsers do there.
 */
public final class CookieJar {

    private final Map<String, String> cookies = new LinkedHashMap<>();

    public synchronized void receive(HttpHeaders headers) {
        for (String header : headers.allValues("set-cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            boolean expired = header.toLowerCase().contains("max-age=0");
            if (expired || value.isEmpty()) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }

    /** The Cookie header to send, or null when there is none. */
    public synchronized String header() {
        if (cookies.isEmpty()) {
            return null;
        }
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    public synchronized boolean has(String name) {
        return cookies.containsKey(name);
    }

    /** Another browser holding the same cookies (e.g. an attacker who copied them). */
    public synchronized CookieJar copy() {
        CookieJar copy = new CookieJar();
        copy.cookies.putAll(cookies);
        return copy;
    }

    public synchronized void clear() {
        cookies.clear();
    }
}
