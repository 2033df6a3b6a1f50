package dk.laerepladsklar.lti.web;

import java.util.Locale;
import java.util.ResourceBundle;

/** The LTI layer's own texts, Danish first; a language we do not have falls back to Danish, not English. */
final class Bundles {

    private static final String MESSAGES = "dk.laerepladsklar.lti.web.messages";

    private Bundles() {
    }

    static ResourceBundle messages(Locale locale) {
        return ResourceBundle.getBundle(MESSAGES, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }
}
