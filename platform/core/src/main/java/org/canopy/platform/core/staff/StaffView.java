package org.canopy.platform.core.staff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** {@code schoolUrn} null: the trust's central team. */
public record StaffView(UUID id, String name, String email, String schoolUrn, String staffGroup, BigDecimal fte,
                        LocalDate startedOn, LocalDate leftOn) {

    static StaffView of(StaffMember member, String schoolUrn) {
        StaffDetails d = member.details();
        return new StaffView(member.id(), d.name(), d.email(), schoolUrn, d.staffGroup().code(), d.fte(),
                d.startedOn(), d.leftOn());
    }
}
