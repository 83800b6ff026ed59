package org.canopy.platform.core.years;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.canopy.platform.core.common.FieldErrors;

import java.time.LocalDate;
import java.util.List;

/**
 * The three terms of an academic year, in order, inside the year, not overlapping. A class rather
 * than a record: Payara's OpenAPI scanner fails on constraint annotations of record components.
 */
public final class TermDates {

    @NotNull
    @Valid
    private final Term autumn;

    @NotNull
    @Valid
    private final Term spring;

    @NotNull
    @Valid
    private final Term summer;

    @JsonbCreator
    public TermDates(@JsonbProperty("autumn") Term autumn, @JsonbProperty("spring") Term spring,
                     @JsonbProperty("summer") Term summer) {
        this.autumn = autumn;
        this.spring = spring;
        this.summer = summer;
    }

    public Term autumn() {
        return autumn;
    }

    public Term spring() {
        return spring;
    }

    public Term summer() {
        return summer;
    }

    public static final class Term {

        @NotNull
        private final LocalDate startsOn;

        @NotNull
        private final LocalDate endsOn;

        @JsonbCreator
        public Term(@JsonbProperty("startsOn") LocalDate startsOn, @JsonbProperty("endsOn") LocalDate endsOn) {
            this.startsOn = startsOn;
            this.endsOn = endsOn;
        }

        public LocalDate startsOn() {
            return startsOn;
        }

        public LocalDate endsOn() {
            return endsOn;
        }
    }

    /** Adds an error for every term that breaks the calendar of {@code year}. */
    public void check(AcademicYearLabel year, FieldErrors errors) {
        List<String> names = List.of("autumn", "spring", "summer");
        List<Term> terms = List.of(autumn, spring, summer);
        for (int i = 0; i < terms.size(); i++) {
            Term term = terms.get(i);
            String field = "terms." + names.get(i);
            if (term.endsOn().isBefore(term.startsOn())) {
                errors.add(field, "ends before it starts");
            }
            if (term.startsOn().isBefore(year.startsOn()) || term.endsOn().isAfter(year.endsOn())) {
                errors.add(field, "must lie within " + year + " (" + year.startsOn() + " to " + year.endsOn() + ")");
            }
            if (i > 0 && !term.startsOn().isAfter(terms.get(i - 1).endsOn())) {
                errors.add(field, "must start after the " + names.get(i - 1) + " term ends");
            }
        }
    }
}
