package __PACKAGE__;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A visit to one of the tenant's schools; the rules about one, with no framework in sight. */
public record Visit(UUID id, UUID schoolId, LocalDate visitedOn, String purpose) {

    static final int MAX_PURPOSE = 200;

    /** What is wrong with a visit as entered, in the words a user reads; empty when it can be recorded. */
    static Optional<String> problem(LocalDate visitedOn, String purpose, LocalDate today) {
        if (visitedOn == null) {
            return Optional.of("Enter the date of the visit");
        }
        if (visitedOn.isAfter(today)) {
            return Optional.of("The date of the visit must be today or in the past");
        }
        if (purpose == null || purpose.isBlank() || purpose.length() > MAX_PURPOSE) {
            return Optional.of("Enter the purpose of the visit in 1 to " + MAX_PURPOSE + " characters");
        }
        return Optional.empty();
    }

    /** The academic year a date falls in, as the platform labels it ("2025/26"): 1 September to 31 August. */
    static String academicYear(LocalDate date) {
        int start = date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
        return start + "/" + String.format("%02d", (start + 1) % 100);
    }
}
