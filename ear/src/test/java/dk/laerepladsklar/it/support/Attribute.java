package dk.laerepladsklar.it.support;

import java.util.Objects;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedCondition;

/**
 * Waits for an attribute of an element that the page may replace while it is asked (an Ajax update re-renders a list
 * item). Selenium's {@code attributeToBe} finds the element and then reads it in two driver commands; when the node is
 * replaced in between, Chromium answers "Node with given id does not belong to the document", which the wait does not
 * ignore, and the test fails by chance. One script finds and reads in the same turn of the page's event loop, so no
 * replacement can come between them.
 */
public final class Attribute {

    private Attribute() {
    }

    /** True once the first element matching {@code css} has {@code name} equal to {@code value}. */
    public static ExpectedCondition<Boolean> is(String css, String name, String value) {
        return driver -> Objects.equals(value, ((JavascriptExecutor) driver).executeScript(
                "const e = document.querySelector(arguments[0]); return e ? e.getAttribute(arguments[1]) : null;",
                css, name));
    }
}
