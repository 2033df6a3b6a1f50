package dk.laerepladsklar.lti.core;

import dk.laerepladsklar.lti.core.keys.PrivateKeyCipher;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a production installation must have set before it may serve a school. Each problem is a sentence that
 * tells the operator what to set; an empty list means the installation may start. Dev mode ({@code bin/run}, the
 * tests) needs none of it, but a key-encryption key that is set must be valid everywhere, or the keys it
 * encrypted could not be read back.
 */
public final class InstallationCheck {

    /** The admin token {@code bin/run} uses when none is set: public knowledge, so never accepted in production. */
    public static final String DEV_ADMIN_TOKEN = "dev-admin-token";

    private InstallationCheck() {
    }

    /** The settings the check looks at, as the operator gave them (null when not set). */
    public record Settings(boolean devMode, String publicUrl, String adminToken, String keyEncryptionKey) {

        public static Settings ofInstallation() {
            return new Settings(Installation.devMode(),
                    Installation.setting("lpk.public-url", "LPK_PUBLIC_URL"),
                    Installation.setting("lpk.admin-token", "LPK_ADMIN_TOKEN"),
                    Installation.setting(PrivateKeyCipher.PROPERTY, PrivateKeyCipher.ENVIRONMENT));
        }
    }

    public static List<String> problems(Settings settings) {
        List<String> problems = new ArrayList<>();
        if (settings.keyEncryptionKey() != null) {
            try {
                PrivateKeyCipher.fromBase64(settings.keyEncryptionKey());
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (settings.devMode()) {
            return problems;
        }
        if (settings.keyEncryptionKey() == null) {
            problems.add("LPK_KEY_ENCRYPTION_KEY is not set: the tool's private keys are stored encrypted with it. "
                    + "Make one with `openssl rand -base64 32`, keep it outside the database (and its backups), "
                    + "and set the same value on every node.");
        }
        if (settings.publicUrl() == null) {
            problems.add("LPK_PUBLIC_URL is not set: the https address platforms use for the tool, e.g. "
                    + "https://laerepladsklar.example.dk. The tool never builds its URLs from a request's Host header.");
        } else if (!isHttpsUrl(settings.publicUrl())) {
            problems.add("LPK_PUBLIC_URL must be an absolute https URL (scheme, host, optional port and path), not "
                    + settings.publicUrl());
        }
        if (DEV_ADMIN_TOKEN.equals(settings.adminToken())) {
            problems.add("LPK_ADMIN_TOKEN is the development token '" + DEV_ADMIN_TOKEN + "': set a secret one "
                    + "(e.g. `openssl rand -hex 32`), or leave it unset to switch the admin API and page off.");
        }
        return problems;
    }

    private static boolean isHttpsUrl(String url) {
        try {
            URI uri = new URI(url);
            return "https".equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT))
                    && Origins.of(url).isPresent() && uri.getRawQuery() == null && uri.getRawFragment() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
