package org.canopy.platform.core.years;

import org.canopy.platform.core.common.FieldError;
import org.canopy.platform.core.common.FieldErrors;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TermDatesTest {

    private static final AcademicYearLabel YEAR = new AcademicYearLabel(2025);

    private static TermDates.Term term(String startsOn, String endsOn) {
        return new TermDates.Term(LocalDate.parse(startsOn), LocalDate.parse(endsOn));
    }

    private static final TermDates.Term AUTUMN = term("2025-09-01", "2025-12-19");
    private static final TermDates.Term SPRING = term("2026-01-05", "2026-03-27");
    private static final TermDates.Term SUMMER = term("2026-04-13", "2026-07-22");

    private static List<FieldError> check(TermDates terms) {
        FieldErrors errors = new FieldErrors();
        terms.check(YEAR, errors);
        return errors.list();
    }

    @Test
    void acceptsTheDefaultTerms() {
        assertThat(check(YEAR.defaultTerms())).isEmpty();
    }

    @Test
    void acceptsTermsWithHolidaysBetweenThem() {
        assertThat(check(new TermDates(AUTUMN, SPRING, SUMMER))).isEmpty();
    }

    @Test
    void rejectsTermThatEndsBeforeItStarts() {
        List<FieldError> errors = check(new TermDates(AUTUMN, term("2026-03-27", "2026-01-05"), SUMMER));

        assertThat(errors).extracting(FieldError::field).containsExactly("terms.spring");
        assertThat(errors.get(0).message()).contains("ends before it starts");
    }

    @Test
    void rejectsTermThatStartsBeforeTheYear() {
        List<FieldError> errors = check(new TermDates(term("2025-08-28", "2025-12-19"), SPRING, SUMMER));

        assertThat(errors).extracting(FieldError::field).containsExactly("terms.autumn");
        assertThat(errors.get(0).message()).contains("2025/26");
    }

    @Test
    void rejectsTermThatEndsAfterTheYear() {
        List<FieldError> errors = check(new TermDates(AUTUMN, SPRING, term("2026-04-13", "2026-09-02")));

        assertThat(errors).extracting(FieldError::field).containsExactly("terms.summer");
        assertThat(errors.get(0).message()).contains("must lie within");
    }

    @Test
    void rejectsSpringThatStartsBeforeAutumnEnds() {
        List<FieldError> errors = check(new TermDates(AUTUMN, term("2025-12-01", "2026-03-27"), SUMMER));

        assertThat(errors).extracting(FieldError::field).containsExactly("terms.spring");
        assertThat(errors.get(0).message()).contains("after the autumn term ends");
    }

    @Test
    void rejectsSpringThatStartsOnTheDayAutumnEnds() {
        List<FieldError> errors = check(new TermDates(AUTUMN, term("2025-12-19", "2026-03-27"), SUMMER));

        assertThat(errors).extracting(FieldError::field).containsExactly("terms.spring");
    }

    @Test
    void rejectsSummerThatOverlapsSpring() {
        List<FieldError> errors = check(new TermDates(AUTUMN, SPRING, term("2026-03-20", "2026-07-22")));

        assertThat(errors).extracting(FieldError::field).containsExactly("terms.summer");
        assertThat(errors.get(0).message()).contains("after the spring term ends");
    }

    @Test
    void reportsEveryBrokenTerm() {
        List<FieldError> errors = check(new TermDates(
                term("2025-12-19", "2025-09-01"), SPRING, term("2026-04-13", "2027-01-01")));

        assertThat(errors).extracting(FieldError::field).containsExactly("terms.autumn", "terms.summer");
    }
}
