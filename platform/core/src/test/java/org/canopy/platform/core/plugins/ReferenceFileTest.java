package org.canopy.platform.core.plugins;

import org.canopy.platform.core.common.FieldError;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferenceFileTest {

    /** The levy transfer cap went from 10% to 25% (April 2019) to 50% (April 2024). */
    private static final String LEVY = """
            {"version": 3, "recordedBy": "Canopy maintainers", "rules": [
              {"ruleSet": "levy.transfer_cap", "key": "cap-2019", "effectiveFrom": "2019-04-01", "effectiveTo": "2024-03-31",
               "payload": {"percent": 25}, "sourceUrl": "https://www.gov.uk/guidance/transferring-apprenticeship-levy-funds"},
              {"ruleSet": "levy.transfer_cap", "key": "cap-2024", "effectiveFrom": "2024-04-01", "effectiveTo": null,
               "payload": {"percent": 50}, "sourceNote": "Announced in the 2024 levy changes"},
              {"ruleSet": "appr.otj", "key": "otj-2022", "effectiveFrom": "2022-08-01",
               "payload": {"hoursPerWeek": 6}, "sourceUrl": "https://example.gov.uk/otj", "sourceNote": "Funding rules 2022/23"}
            ]}""";

    private static String oneRule(String rule) {
        return "{\"version\": 1, \"rules\": [" + rule + "]}";
    }

    private static ReferenceFile.Invalid invalid(String text) {
        return (ReferenceFile.Invalid) org.assertj.core.api.Assertions.catchThrowable(() -> ReferenceFile.parse(text));
    }

    @Test
    void readsTheVersionWhoRecordedItAndEveryRuleWithItsDatesPayloadAndSource() {
        ReferenceFile file = ReferenceFile.parse(LEVY);

        assertThat(file.version()).isEqualTo(3);
        assertThat(file.recordedBy()).contains("Canopy maintainers");
        assertThat(file.ruleSets()).containsExactly("levy.transfer_cap", "appr.otj");
        ReferenceFile.Rule cap2019 = file.rules().get(0);
        assertThat(cap2019.key()).isEqualTo("cap-2019");
        assertThat(cap2019.effectiveFrom()).isEqualTo(LocalDate.of(2019, 4, 1));
        assertThat(cap2019.effectiveTo()).contains(LocalDate.of(2024, 3, 31));
        assertThat(cap2019.payload()).isEqualTo("{\"percent\":25}");
        assertThat(cap2019.sourceUrl()).contains("https://www.gov.uk/guidance/transferring-apprenticeship-levy-funds");
        assertThat(cap2019.sourceNote()).isEmpty();
        assertThat(file.rules().get(1).effectiveTo()).as("in effect until replaced").isEmpty();
        assertThat(file.rules().get(2).effectiveTo()).isEqualTo(Optional.empty());
    }

    @Test
    void refusesWhatIsNotAJsonObject() {
        assertThat(invalid("version: 1").errors()).extracting(FieldError::field).containsExactly("file");
        assertThat(invalid("[1, 2]").errors()).extracting(FieldError::field).containsExactly("file");
        assertThat(invalid("").errors()).extracting(FieldError::field).containsExactly("file");
    }

    @Test
    void needsAWholeVersionAboveZeroAndAtLeastOneRule() {
        assertThat(invalid("{\"version\": 0, \"rules\": []}").errors()).extracting(FieldError::field)
                .containsExactly("version", "rules");
        assertThat(invalid("{\"version\": 1.5, \"rules\": [1]}").errors()).extracting(FieldError::field)
                .containsExactly("version", "rules[0]");
        assertThat(invalid("{\"version\": \"2\"}").errors()).extracting(FieldError::field).containsExactly("version", "rules");
    }

    @Test
    void namesEveryFaultOfARuleByWhereItIs() {
        ReferenceFile.Invalid invalid = invalid(oneRule("""
                {"ruleSet": "Levy Cap", "effectiveFrom": "1 April 2024", "effectiveTo": "2024-03-01",
                 "sourceUrl": "ftp://example.org/cap"}"""));

        assertThat(invalid.errors()).extracting(FieldError::field).containsExactly("rules[0].ruleSet", "rules[0].key",
                "rules[0].effectiveFrom", "rules[0].payload", "rules[0].sourceUrl");
        assertThat(invalid.getMessage()).contains("rules[0].effectiveFrom: must be a date such as 2025-09-01");
    }

    @Test
    void needsAStartDateAndASourceAndAnEndNotBeforeTheStart() {
        assertThat(invalid(oneRule("{\"ruleSet\": \"a\", \"key\": \"b\", \"payload\": {}}")).errors())
                .extracting(FieldError::field).containsExactly("rules[0].effectiveFrom", "rules[0].sourceUrl");
        assertThat(invalid(oneRule("{\"ruleSet\": \"a\", \"key\": \"b\", \"effectiveFrom\": \"2025-09-01\","
                + " \"effectiveTo\": \"2025-08-31\", \"payload\": {}, \"sourceNote\": \"n\"}")).errors())
                .extracting(FieldError::message).containsExactly("must not be before effectiveFrom");
    }

    @Test
    void refusesTwoRulesOfASetInEffectOnTheSameDay() {
        String overlapping = "{\"version\": 1, \"rules\": ["
                + "{\"ruleSet\": \"npq.funding\", \"key\": \"spring\", \"effectiveFrom\": \"2025-01-01\", \"effectiveTo\": \"2025-06-30\", \"payload\": {}, \"sourceNote\": \"n\"},"
                + "{\"ruleSet\": \"npq.funding\", \"key\": \"autumn\", \"effectiveFrom\": \"2025-06-30\", \"payload\": {}, \"sourceNote\": \"n\"},"
                + "{\"ruleSet\": \"npq.other\", \"key\": \"autumn\", \"effectiveFrom\": \"2025-06-30\", \"payload\": {}, \"sourceNote\": \"n\"}]}";

        assertThat(invalid(overlapping).errors()).extracting(FieldError::message)
                .containsExactly("in rule set npq.funding, spring and autumn are both in effect on 2025-06-30");
        assertThatThrownBy(() -> ReferenceFile.parse(overlapping.replace("\"key\": \"autumn\", \"effectiveFrom\": \"2025-06-30\", \"payload\": {}, \"sourceNote\": \"n\"},",
                "\"key\": \"spring\", \"effectiveFrom\": \"2025-07-01\", \"payload\": {}, \"sourceNote\": \"n\"},")))
                .isInstanceOf(ReferenceFile.Invalid.class).hasMessageContaining("names a key twice");
    }

    @Test
    void aRuleLeftOpenEndedMeetsTheNextOne() {
        String openThenNext = "{\"version\": 1, \"rules\": ["
                + "{\"ruleSet\": \"s\", \"key\": \"old\", \"effectiveFrom\": \"2024-01-01\", \"payload\": {}, \"sourceNote\": \"n\"},"
                + "{\"ruleSet\": \"s\", \"key\": \"new\", \"effectiveFrom\": \"2025-01-01\", \"payload\": {}, \"sourceNote\": \"n\"}]}";

        assertThat(invalid(openThenNext).errors()).extracting(FieldError::message)
                .containsExactly("in rule set s, old and new are both in effect on 2025-01-01");
    }
}
