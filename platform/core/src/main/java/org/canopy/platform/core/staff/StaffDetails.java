package org.canopy.platform.core.staff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A staff member's attributes once validated; {@code schoolId} null means the central team. */
public record StaffDetails(String name, String email, UUID schoolId, StaffGroup staffGroup, BigDecimal fte,
                           LocalDate startedOn, LocalDate leftOn) {
}
