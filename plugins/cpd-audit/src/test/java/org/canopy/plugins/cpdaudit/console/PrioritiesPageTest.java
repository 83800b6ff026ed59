package org.canopy.plugins.cpdaudit.console;

import org.canopy.platform.api.PriorityContribution;
import org.canopy.platform.api.PriorityContribution.Kind;
import org.canopy.platform.api.SharedModel;
import org.canopy.platform.api.forms.FormErrors;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PrioritiesPageTest {

    private static final UUID LEADERSHIP = UUID.randomUUID();
    private static final UUID IMPACT = UUID.randomUUID();

    private static PriorityContribution of(Kind kind, String amount) {
        return new PriorityContribution(LEADERSHIP, kind, new BigDecimal(amount), "what it is");
    }

    private static String amount(Kind kind, String amount) {
        return new PrioritiesPage(null, FormErrors.none(), LocalDate.of(2025, 10, 1), List.of()).amount(of(kind, amount));
    }

    @Test
    void saysEachKindOfContributionInWords() {
        assertThat(amount(Kind.MONEY, "1200.00")).isEqualTo("£1,200");
        assertThat(amount(Kind.MONEY, "849.50")).isEqualTo("£849.50");
        assertThat(amount(Kind.HOURS, "3.5")).isEqualTo("3.5 hours");
        assertThat(amount(Kind.HOURS, "1.0")).isEqualTo("1 hour");
        assertThat(amount(Kind.PEOPLE, "2")).isEqualTo("2 people");
        assertThat(amount(Kind.PEOPLE, "1")).isEqualTo("1 person");
        assertThat(amount(Kind.ACTIONS, "4")).isEqualTo("4 actions");
    }

    @Test
    void listsWhatWasPutBehindEachPriorityAlone() {
        SharedModel.Contribution hours = new SharedModel.Contribution("test-module", "Test module", of(Kind.HOURS, "3.5"));
        SharedModel.Contribution money = new SharedModel.Contribution("budget-model", "Budget model",
                new PriorityContribution(IMPACT, Kind.MONEY, new BigDecimal("1200"), "supply cover"));
        PrioritiesPage page = new PrioritiesPage(null, FormErrors.none(), LocalDate.of(2025, 10, 1), List.of(hours, money));

        assertThat(page.contributionsTo(LEADERSHIP)).containsExactly(hours);
        assertThat(page.contributionsTo(IMPACT)).containsExactly(money);
        assertThat(page.contributionsTo(UUID.randomUUID())).isEmpty();
    }
}
