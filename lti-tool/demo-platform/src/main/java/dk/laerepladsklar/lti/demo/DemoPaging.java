package dk.laerepladsklar.lti.demo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Paging of a service's list with {@code limit} and {@code from} (Moodle's names), announced by a
 * {@code Link: <...>; rel="next"} header on every page but the last.
 */
public final class DemoPaging {

    static final int MAX_LIMIT = 1000;

    /** One page: its items and where the next one starts (null on the last page). */
    public record Page<T>(List<T> items, Integer nextFrom, int limit) {
    }

    private DemoPaging() {
    }

    /**
     * @param limit  page size; null, unparsable or not positive means {@code defaultLimit} (0: everything)
     * @param from   index of the first item; null or unparsable means 0
     */
    public static <T> Page<T> page(List<T> all, String limit, String from, int defaultLimit) {
        int size = parse(limit, defaultLimit);
        if (size <= 0) {
            size = defaultLimit;
        }
        size = Math.min(size, MAX_LIMIT);
        int start = Math.max(0, parse(from, 0));
        if (size <= 0) {
            return new Page<>(start >= all.size() ? List.of() : List.copyOf(all.subList(start, all.size())), null, 0);
        }
        if (start >= all.size()) {
            return new Page<>(List.of(), null, size);
        }
        int end = Math.min(all.size(), start + size);
        return new Page<>(List.copyOf(all.subList(start, end)), end < all.size() ? end : null, size);
    }

    /**
     * The {@code Link} header for the next page, or null on the last page.
     *
     * @param query the other query parameters to keep (filters), in order
     */
    public static String nextLink(String url, Map<String, String> query, Page<?> page) {
        if (page.nextFrom() == null) {
            return null;
        }
        StringBuilder next = new StringBuilder(url);
        char separator = '?';
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            if (parameter.getValue() != null) {
                next.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
                separator = '&';
            }
        }
        next.append(separator).append("limit=").append(page.limit()).append("&from=").append(page.nextFrom());
        return "<" + next + ">; rel=\"next\"";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static int parse(String number, int fallback) {
        if (number == null || number.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(number.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
