package dk.laerepladsklar.kernel.handover;

import dk.laerepladsklar.kernel.SignedInUser;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the new window lands: a page of the tool, given as the path the asking page is on. Only a Faces page of this
 * application ({@code /roleplay/record.xhtml?placement=…}) is accepted, never an address that could lead elsewhere
 * (absolute, protocol-relative {@code //host}, {@code /\host}, a scheme, dot segments, encoded slashes or control
 * characters): the hand-over must not become an open redirect. The launch context parameter is dropped, the new
 * window gets its own.
 */
public final class ReturnPath {

    static final int MAX_LENGTH = 1000;
    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9_-][A-Za-z0-9._-]*)+\\.xhtml");
    private static final Pattern PARAMETER = Pattern.compile("[A-Za-z0-9_.-]{1,40}=[A-Za-z0-9_.~-]{0,200}");

    private ReturnPath() {
    }

    /**
     * The application path (below the context path) to send the new window to, or empty when {@code raw} is not one.
     *
     * @param contextPath the application's context path ("" at the root); a raw path under it is taken relative to it
     */
    public static Optional<String> of(String raw, String contextPath) {
        if (raw == null || raw.isEmpty() || raw.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String path = raw;
        if (contextPath != null && !contextPath.isEmpty() && path.startsWith(contextPath + "/")) {
            path = path.substring(contextPath.length());
        }
        int question = path.indexOf('?');
        String file = question < 0 ? path : path.substring(0, question);
        if (!PATH.matcher(file).matches() || file.contains("/../") || file.contains("/./") || file.contains("//")) {
            return Optional.empty();
        }
        StringBuilder kept = new StringBuilder(file);
        if (question >= 0) {
            String query = path.substring(question + 1);
            if (query.isEmpty()) {
                return Optional.of(file);
            }
            char separator = '?';
            for (String pair : query.split("&", -1)) {
                if (!PARAMETER.matcher(pair).matches()) {
                    return Optional.empty();
                }
                if (pair.startsWith(SignedInUser.PARAMETER + "=")) {
                    continue;
                }
                kept.append(separator).append(pair);
                separator = '&';
            }
        }
        return Optional.of(kept.toString());
    }
}
