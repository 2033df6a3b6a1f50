package dk.laerepladsklar.kernel.access;

import java.util.Objects;

/**
 * One page or resource a module protects, and who it is for.
 *
 * @param path     an application path as the browser asks for it (without the context path): exact, such as
 *                 {@code /teacher/class.xhtml}, or a prefix ending in {@code /*}, such as {@code /modules/*}. The most
 *                 specific declaration that matches a request wins.
 * @param audience who may open it at all; which student's things it shows is then {@link Access}'s to answer
 * @param refusal  for a resource, the status it answers a refused request with (a file answers 404, so nobody can
 *                 tell a file they may not see from a missing one); 0 for a page, which shows a page instead
 * @param example  for the authorization matrix test: the path with placeholders a test fills in, such as
 *                 {@code /modules/play.xhtml?placement={placement}}; null for a prefix nothing else names
 */
public record ProtectedPage(String path, Audience audience, int refusal, String example) {

    public ProtectedPage {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(audience, "audience");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("An application path starts with /: " + path);
        }
    }

    /** A page: refused requests get the page that says why. */
    public static ProtectedPage page(String path, Audience audience, String example) {
        return new ProtectedPage(path, audience, 0, example);
    }

    public static ProtectedPage page(String path, Audience audience) {
        return page(path, audience, path.endsWith("/*") ? null : path);
    }

    /** A REST resource or download: refused requests get a bare status. */
    public static ProtectedPage resource(String path, Audience audience, int refusal, String example) {
        return new ProtectedPage(path, audience, refusal, example);
    }

    public boolean isResource() {
        return refusal != 0;
    }

    public boolean isPrefix() {
        return path.endsWith("/*");
    }

    /** Whether a request for this application path is covered by this declaration. */
    public boolean matches(String requestPath) {
        if (isPrefix()) {
            String prefix = path.substring(0, path.length() - 1);
            return requestPath.startsWith(prefix) || requestPath.equals(prefix.substring(0, prefix.length() - 1));
        }
        return requestPath.equals(path);
    }

    /** How specific a match is: exact paths beat prefixes, longer prefixes beat shorter ones. */
    int specificity() {
        return isPrefix() ? path.length() : Integer.MAX_VALUE;
    }
}
