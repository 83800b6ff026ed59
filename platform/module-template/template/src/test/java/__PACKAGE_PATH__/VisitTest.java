package __PACKAGE__;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The module's rules, tested alone: no database, no platform. */
class VisitTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 12);

    @Test
    void aVisitInTheFutureOrWithoutAPurposeIsRefused() {
        assertEquals("The date of the visit must be today or in the past",
                Visit.problem(TODAY.plusDays(1), "Learning walk", TODAY).orElseThrow());
        assertEquals("Enter the purpose of the visit in 1 to 200 characters", Visit.problem(TODAY, " ", TODAY).orElseThrow());
        assertTrue(Visit.problem(TODAY, "Learning walk", TODAY).isEmpty());
    }

    @Test
    void theAcademicYearTurnsOnTheFirstOfSeptember() {
        assertEquals("2024/25", Visit.academicYear(LocalDate.of(2025, 8, 31)));
        assertEquals("2025/26", Visit.academicYear(LocalDate.of(2025, 9, 1)));
        assertEquals("2099/00", Visit.academicYear(LocalDate.of(2100, 1, 1)));
    }
}
