package org.canopy.platform.core.years;

import java.time.LocalDate;

public record YearView(String label, String key, LocalDate startsOn, LocalDate endsOn, Terms terms) {

    public record Terms(Term autumn, Term spring, Term summer) {
    }

    public record Term(LocalDate startsOn, LocalDate endsOn) {
        static Term of(TermDates.Term term) {
            return new Term(term.startsOn(), term.endsOn());
        }
    }

    static YearView of(AcademicYear year) {
        TermDates terms = year.terms();
        return new YearView(year.label().toString(), year.label().key(), year.startsOn(), year.endsOn(),
                new Terms(Term.of(terms.autumn()), Term.of(terms.spring()), Term.of(terms.summer())));
    }
}
