package org.canopy.platform.core.schools;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The history of a school's inspections: its order, the deprecated single word, and how the console words it. */
class InspectionDetailsTest {

    private static final InspectionDetails UNDATED_OUTSTANDING = InspectionDetails.judgement(null, OfstedJudgement.OUTSTANDING);
    private static final InspectionDetails GOOD_2019 = InspectionDetails.judgement(LocalDate.of(2019, 5, 14), OfstedJudgement.GOOD);
    private static final InspectionDetails CARD_2026 = InspectionDetails.reportCard(LocalDate.of(2026, 1, 20), Map.of(
            ReportCardArea.LEADERSHIP_AND_GOVERNANCE, ReportCardGrade.STRONG_STANDARD,
            ReportCardArea.INCLUSION, ReportCardGrade.NEEDS_ATTENTION), Safeguarding.MET);

    @Test
    void newestFirstWithTheUndatedJudgementLast() {
        assertThat(List.of(UNDATED_OUTSTANDING, CARD_2026, GOOD_2019).stream().sorted(InspectionDetails.NEWEST_FIRST).toList())
                .containsExactly(CARD_2026, GOOD_2019, UNDATED_OUTSTANDING);
    }

    @Test
    void theDeprecatedWordIsTheLatestJudgementNeverAReportCard() {
        assertThat(InspectionDetails.latestJudgement(List.of(UNDATED_OUTSTANDING, CARD_2026, GOOD_2019))).isEqualTo(OfstedJudgement.GOOD);
        assertThat(InspectionDetails.latestJudgement(List.of(UNDATED_OUTSTANDING))).isEqualTo(OfstedJudgement.OUTSTANDING);
        assertThat(InspectionDetails.latestJudgement(List.of(CARD_2026))).isEqualTo(OfstedJudgement.NOT_YET_INSPECTED);
        assertThat(InspectionDetails.latestJudgement(List.of())).isEqualTo(OfstedJudgement.NOT_YET_INSPECTED);
    }

    @Test
    void theConsoleShowsAReportCardAsOfstedDoes() {
        InspectionSummary card = InspectionSummary.of(CARD_2026);
        assertThat(card.heading()).isEqualTo("Report card, 20 January 2026");
        assertThat(card.lines()).containsExactly(new InspectionSummary.Line("Safeguarding", "Met"),
                new InspectionSummary.Line("Inclusion", "Needs attention"),
                new InspectionSummary.Line("Leadership and governance", "Strong standard"));
        assertThat(InspectionSummary.of(UNDATED_OUTSTANDING).heading()).isEqualTo("Inspection, date not recorded");
        assertThat(InspectionSummary.of(GOOD_2019).lines()).containsExactly(new InspectionSummary.Line("Overall effectiveness", "Good"));
        assertThat(InspectionSummary.latest(List.of(GOOD_2019, UNDATED_OUTSTANDING))).isEqualTo("Good, 14 May 2019");
        assertThat(InspectionSummary.latest(List.of(CARD_2026))).isEqualTo("Report card, 20 January 2026");
        assertThat(InspectionSummary.latest(List.of())).isEqualTo("Not yet inspected");
    }
}
