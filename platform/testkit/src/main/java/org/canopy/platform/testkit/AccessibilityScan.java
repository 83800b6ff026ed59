package org.canopy.platform.testkit;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.util.List;

/** axe-core on the page the browser shows, against WCAG 2.2 AA: the serious and critical violations. */
public final class AccessibilityScan {

    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private AccessibilityScan() {
    }

    /** Each serious or critical violation as "rule (impact): [targets]"; empty when there is none. */
    public static List<String> seriousViolations(WebDriver browser) {
        Results results = new AxeBuilder().withTags(WCAG_AA).analyze(browser);
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(AccessibilityScan::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getNodes().stream().map(node -> node.getTarget().toString()).toList();
    }
}
