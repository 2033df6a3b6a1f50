package dk.laerepladsklar.it.support;

import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;

/**
 * The element's page was replaced (a form posted and came back). Selenium's {@code stalenessOf} knows only
 * {@code StaleElementReferenceException}; Chromium 156, asked about a node of a document being replaced in a frame,
 * may answer "Node with given id does not belong to the document" instead: the same fact.
 */
public final class Replaced {

    private Replaced() {
    }

    public static ExpectedCondition<Boolean> page(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }
}
