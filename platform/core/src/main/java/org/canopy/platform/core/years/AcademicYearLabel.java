package org.canopy.platform.core.years;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An English academic year, {@code 2025/26}: 1 September 2025 to 31 August 2026 (also an academy
 * trust's financial year). In URLs the slash becomes a hyphen: {@code 2025-26}.
 */
public record AcademicYearLabel(int startYear) implements Comparable<AcademicYearLabel> {

    private static final Pattern FORMAT = Pattern.compile("^(\\d{4})[/-](\\d{2})$");
    public static final String FORMAT_HINT = "must look like 2025/26 (a year and the next, 1 September to 31 August)";

    public static Optional<AcademicYearLabel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(text.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(matcher.group(1));
        int end = Integer.parseInt(matcher.group(2));
        return (start + 1) % 100 == end && start >= 2000 && start < 2100
                ? Optional.of(new AcademicYearLabel(start))
                : Optional.empty();
    }

    public static AcademicYearLabel containing(LocalDate date) {
        return new AcademicYearLabel(date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public AcademicYearLabel previous() {
        return new AcademicYearLabel(startYear - 1);
    }

    public LocalDate startsOn() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    public LocalDate endsOn() {
        return LocalDate.of(startYear + 1, Month.AUGUST, 31);
    }

    /** Autumn to Christmas, spring to the end of March, summer to the end of August; trusts adjust them. */
    public TermDates defaultTerms() {
        return new TermDates(
                new TermDates.Term(startsOn(), LocalDate.of(startYear, Month.DECEMBER, 31)),
                new TermDates.Term(LocalDate.of(startYear + 1, Month.JANUARY, 1), LocalDate.of(startYear + 1, Month.MARCH, 31)),
                new TermDates.Term(LocalDate.of(startYear + 1, Month.APRIL, 1), endsOn()));
    }

    /** {@code 2025-26}, as it appears in a URL. */
    public String key() {
        return toString().replace('/', '-');
    }

    @Override
    public String toString() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    @Override
    public int compareTo(AcademicYearLabel other) {
        return Integer.compare(startYear, other.startYear);
    }
}
