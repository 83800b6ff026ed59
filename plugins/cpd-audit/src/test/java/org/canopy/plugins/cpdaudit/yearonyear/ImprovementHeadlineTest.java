package org.canopy.plugins.cpdaudit.yearonyear;

import org.canopy.plugins.cpdaudit.Share;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canopy.plugins.cpdaudit.yearonyear.AuditResults.audit;

class ImprovementHeadlineTest {

    @Test
    void countsOnlySchoolsAuditedMoreThanOnce() {
        ImprovementHeadline headline = ImprovementHeadline.of(List.of(
                audit("100001", 2025, "emerging", "emerging", "emerging", "emerging"),
                audit("100001", 2026, "developing", "developing", "developing", "developing"),
                audit("100002", 2026, "emerging", "emerging", "emerging", "emerging")));

        assertThat(headline.improvedInAtLeastOneArea()).isEqualTo(new Share(1, 1));
        assertThat(headline.improvedAnOverallLevel()).isEqualTo(new Share(1, 1));
    }

    @Test
    void comparesEachSchoolsLatestAuditWithItsEarliestWhateverTheOrderGiven() {
        ImprovementHeadline headline = ImprovementHeadline.of(List.of(
                audit("100001", 2027, "developing", "emerging", "emerging", "emerging"),
                audit("100001", 2025, "emerging", "emerging", "emerging", "emerging"),
                audit("100001", 2026, "emerging", "emerging", "emerging", "developing")));

        assertThat(headline.improvedInAtLeastOneArea()).isEqualTo(new Share(1, 1));
        assertThat(headline.improvedAnOverallLevel()).as("up in 2026, back to the baseline in 2027").isEqualTo(new Share(0, 1));
    }

    @Test
    void improvingAnAreaIsNotImprovingAnOverallLevel() {
        ImprovementHeadline headline = ImprovementHeadline.of(List.of(
                audit("100001", 2025, "emerging", "developing", "developing", "developing"),
                audit("100001", 2026, "developing", "developing", "developing", "developing"),
                audit("100002", 2025, "developing", "developing", "developing", "developing"),
                audit("100002", 2026, "established", "established", "established", "established"),
                audit("100003", 2025, "established", "established", "established", "established"),
                audit("100003", 2026, "developing", "established", "established", "developing")));

        assertThat(headline.improvedInAtLeastOneArea()).isEqualTo(new Share(2, 3));
        assertThat(headline.improvedAnOverallLevel()).isEqualTo(new Share(1, 3));
        assertThat(headline.improvedAnOverallLevel().percent().getAsDouble()).isBetween(33.33, 33.34);
    }

    @Test
    void noSchoolAuditedTwiceGivesNoPercentage() {
        ImprovementHeadline headline = ImprovementHeadline.of(List.of(audit("100001", 2025, "emerging", "emerging", "emerging", "emerging")));

        assertThat(headline.improvedInAtLeastOneArea().percent()).isEmpty();
    }
}
