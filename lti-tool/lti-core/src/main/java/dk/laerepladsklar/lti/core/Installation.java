package dk.laerepladsklar.lti.core;

import java.util.Locale;

/**
 * What the operator set for this installation, read from a system property ({@code -Dlpk.x}) or else the
 * environment ({@code LPK_X}). Dev mode is the demo LMS's mode ({@code lpk.demo=true}): {@code bin/run} and the
 * tests; everything else is production.
 */
public final class Installation {

    private Installation() {
    }

    /** The raw setting, or null when neither the property nor the environment variable is set (or both are blank). */
    public static String setting(String property, String environment) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static boolean flag(String property, String environment) {
        String value = setting(property, environment);
        return value != null && Boolean.parseBoolean(value.toLowerCase(Locale.ROOT));
    }

    public static int number(String property, String environment, int fallback) {
        String value = setting(property, environment);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Dev mode: the demo LMS is on ({@code bin/run} and the tests). Never in production. */
    public static boolean devMode() {
        return flag("lpk.demo", "LPK_DEMO");
    }
}
