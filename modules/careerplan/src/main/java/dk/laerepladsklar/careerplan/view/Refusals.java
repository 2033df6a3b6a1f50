package dk.laerepladsklar.careerplan.view;

import dk.laerepladsklar.careerplan.boundary.CareerPlanActivity;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * A refusal a form came back with ({@code &refused=<REASON>}) in plain words. Only reasons the bundle knows are
 * shown: the address is the user's to edit, so anything else shows nothing rather than a key or the raw value.
 */
final class Refusals {

    private static final Pattern REASON = Pattern.compile("PLAN_[A-Z_]{1,40}");

    private Refusals() {
    }

    static String text(String reason, Locale locale) {
        if (reason == null || !REASON.matcher(reason).matches()) {
            return "";
        }
        try {
            return ResourceBundle.getBundle(CareerPlanActivity.BUNDLE, locale).getString("refused." + reason);
        } catch (MissingResourceException unknown) {
            return "";
        }
    }
}
