package org.canopy.platform.api.forms;

import org.canopy.platform.api.ConsoleRequest;
import org.canopy.platform.api.problem.ModuleProblem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormParamsTest {

    enum Status { ON_TRACK, AT_RISK }

    @Test
    void typedValuesFromWhatTheFormSent() {
        FormParams form = new FormParams(post(Map.of("due-day", "4", "due-month", "9", "due-year", "2025",
                "staff", "1,200", "status", "at-risk")));
        assertThat(form.date("due", "the due date")).contains(LocalDate.of(2025, 9, 4));
        assertThat(form.wholeNumber("staff", "the number of staff", 0, 5000)).contains(1200);
        assertThat(form.choice("status", Status.class, "a status")).contains(Status.AT_RISK);
        assertThat(form.date("none", "the start date")).isEmpty();
        form.refuseIfAny();
    }

    @Test
    void everyProblemIsInTheUsersWordsAndAllComeBackAtOnce() {
        FormParams form = new FormParams(post(Map.of("due-day", "31", "due-month", "2", "due-year", "2027",
                "start-day", "1", "staff", "lots", "status", "purple")));
        form.date("due", "the due date");
        form.date("start", "the start date");
        form.wholeNumber("staff", "the number of staff", 0, 5000);
        form.choice("status", Status.class, "a status");
        assertThat(form.errors().list()).extracting(error -> error.field() + ": " + error.message()).containsExactly(
                "due-day: The due date must be a real date, like 31 3 2027",
                "start-day: The start date must include a day, month and year",
                "staff: Enter the number of staff as a whole number from 0 to 5000",
                "status: Select a status");
        assertThatThrownBy(form::refuseIfAny).isInstanceOfSatisfying(ModuleProblem.class,
                refused -> assertThat(refused.errors()).hasSize(4));
    }

    private static ConsoleRequest post(Map<String, String> values) {
        return new ConsoleRequest() {
            @Override
            public String method() {
                return "POST";
            }

            @Override
            public String path() {
                return "";
            }

            @Override
            public Optional<String> parameter(String name) {
                return Optional.ofNullable(values.get(name));
            }

            @Override
            public List<String> parameters(String name) {
                return parameter(name).map(List::of).orElse(List.of());
            }
        };
    }
}
