package org.canopy.platform.core.years;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class AcademicYearLabelTest {

    @Test
    void parsesSlashForm() {
        assertThat(AcademicYearLabel.parse("2025/26")).contains(new AcademicYearLabel(2025));
    }

    @Test
    void parsesHyphenFormUsedInUrls() {
        assertThat(AcademicYearLabel.parse("2025-26")).contains(new AcademicYearLabel(2025));
    }

    @Test
    void parsesYearThatCrossesACentury() {
        assertThat(AcademicYearLabel.parse("2099/00")).contains(new AcademicYearLabel(2099));
    }

    @Test
    void rejectsSecondYearThatIsNotTheNextOne() {
        assertThat(AcademicYearLabel.parse("2025/27")).isEmpty();
        assertThat(AcademicYearLabel.parse("2025/25")).isEmpty();
    }

    @Test
    void rejectsTwoDigitFirstYear() {
        assertThat(AcademicYearLabel.parse("25/26")).isEmpty();
    }

    @Test
    void rejectsFourDigitSecondYear() {
        assertThat(AcademicYearLabel.parse("2025/2026")).isEmpty();
    }

    @Test
    void rejectsNull() {
        assertThat(AcademicYearLabel.parse(null)).isEmpty();
    }

    @Test
    void thirtyFirstOfAugustBelongsToTheYearThatIsEnding() {
        assertThat(AcademicYearLabel.containing(LocalDate.of(2026, 8, 31))).isEqualTo(new AcademicYearLabel(2025));
    }

    @Test
    void firstOfSeptemberStartsTheNextYear() {
        assertThat(AcademicYearLabel.containing(LocalDate.of(2026, 9, 1))).isEqualTo(new AcademicYearLabel(2026));
    }

    @Test
    void januaryBelongsToTheYearThatStartedTheSeptemberBefore() {
        assertThat(AcademicYearLabel.containing(LocalDate.of(2026, 1, 15))).isEqualTo(new AcademicYearLabel(2025));
    }

    @Test
    void runsFromFirstOfSeptemberToThirtyFirstOfAugust() {
        AcademicYearLabel year = new AcademicYearLabel(2025);

        assertThat(year.startsOn()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(year.endsOn()).isEqualTo(LocalDate.of(2026, 8, 31));
    }

    @Test
    void printsWithSlashAndKeysWithHyphen() {
        AcademicYearLabel year = new AcademicYearLabel(2025);

        assertThat(year).hasToString("2025/26");
        assertThat(year.key()).isEqualTo("2025-26");
    }

    @Test
    void keyPadsTheSecondYearToTwoDigits() {
        assertThat(new AcademicYearLabel(2008).key()).isEqualTo("2008-09");
        assertThat(new AcademicYearLabel(2099).key()).isEqualTo("2099-00");
    }

    @Test
    void keyParsesBackToTheSameYear() {
        AcademicYearLabel year = new AcademicYearLabel(2031);

        assertThat(AcademicYearLabel.parse(year.key())).contains(year);
    }

    @Test
    void defaultTermsLieWithinTheYearInOrder() {
        AcademicYearLabel year = new AcademicYearLabel(2025);
        TermDates terms = year.defaultTerms();

        assertThat(terms.autumn().startsOn()).isEqualTo(year.startsOn());
        assertThat(terms.summer().endsOn()).isEqualTo(year.endsOn());
        assertThat(terms.spring().startsOn()).isAfter(terms.autumn().endsOn());
        assertThat(terms.summer().startsOn()).isAfter(terms.spring().endsOn());
        for (TermDates.Term term : new TermDates.Term[] {terms.autumn(), terms.spring(), terms.summer()}) {
            assertThat(term.startsOn()).isBetween(year.startsOn(), year.endsOn());
            assertThat(term.endsOn()).isBetween(term.startsOn(), year.endsOn());
        }
    }
}
