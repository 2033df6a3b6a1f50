package dk.laerepladsklar.it.support;

import com.deque.html.axecore.args.FromFrames;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (WCAG 2.1 A and AA rules) over one page at a time, collecting what it finds across a whole tour so one
 * run shows every problem, not only the first. A page inside the demo LMS is checked in the tool's frame only: the
 * LMS around it is not ours to fix.
 */
public final class AxeAudit {

    /** WCAG 2.0 and 2.1, levels A and AA: what Danish public-sector web accessibility law asks for. */
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private final WebDriver driver;
    private final List<String> blocking;
    private final Map<String, Integer> pagesPerRule;
    private int pages;

    public AxeAudit(WebDriver driver) {
        this(driver, new ArrayList<>(), new TreeMap<>(), 0);
    }

    private AxeAudit(WebDriver driver, List<String> blocking, Map<String, Integer> pagesPerRule, int pages) {
        this.driver = driver;
        this.blocking = blocking;
        this.pagesPerRule = pagesPerRule;
        this.pages = pages;
    }

    /** The same findings, going on in another browser. */
    public AxeAudit with(WebDriver other) {
        return new AxeAudit(other, blocking, pagesPerRule, pages);
    }

    /**
     * Checks the page now shown. Leaves the driver on the top-level document (axe walks the frames itself).
     *
     * @param page a name for the failure message ("student-reading-da-phone")
     * @param inToolFrame whether the page is the tool inside the demo LMS's {@code #tool-frame}
     */
    public void check(String page, boolean inToolFrame) {
        driver.switchTo().defaultContent();
        AxeBuilder axe = new AxeBuilder().withTags(TAGS);
        if (inToolFrame) {
            axe.include(new FromFrames("#tool-frame", "html"));
        }
        Results results = axe.analyze(driver);
        if (results.isErrored()) {
            blocking.add(page + ": axe failed: " + results.getErrorMessage());
            return;
        }
        pages++;
        for (Rule rule : results.getViolations()) {
            pagesPerRule.merge(rule.getId() + " (" + rule.getImpact() + ")", 1, Integer::sum);
            if (!BLOCKING.contains(rule.getImpact())) {
                continue;
            }
            for (CheckedNode node : rule.getNodes()) {
                blocking.add(page + ": " + rule.getId() + " [" + rule.getImpact() + "] " + node.getTarget()
                        + " — " + rule.getHelp() + "\n      " + abbreviate(node.getHtml()));
            }
        }
    }

    /** Every serious or critical violation seen so far, one line each: page, rule, target. */
    public List<String> blocking() {
        return List.copyOf(blocking);
    }

    /** Every rule that failed on some page, of any impact, with the number of pages it failed on. */
    public String summary() {
        return pages + " pages checked; rules violated (pages): " + (pagesPerRule.isEmpty() ? "none" : pagesPerRule);
    }

    private static String abbreviate(String html) {
        return html == null ? "" : html.length() > 200 ? html.substring(0, 200) + "…" : html;
    }
}
