package dk.laerepladsklar.roleplay.view;

import dk.laerepladsklar.kernel.PageMessages;
import java.util.Locale;

/** The module's bundle ({@code #{rp[...]}}) in the page's language, for texts built in the page beans. */
final class Messages {

    static final String BUNDLE = "dk.laerepladsklar.roleplay.messages";

    private Messages() {
    }

    static String text(Locale locale, String key, Object... args) {
        return PageMessages.text(BUNDLE, locale, key, args);
    }
}
