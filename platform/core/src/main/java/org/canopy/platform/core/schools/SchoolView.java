package org.canopy.platform.core.schools;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

public record SchoolView(UUID id, String urn, String name, String phase, String localAuthority, String region,
                         int pupils, BigDecimal fsmPercent, String ofsted, LocalDate joinedOn, LocalDate leftOn) {

    static SchoolView of(School school) {
        SchoolDetails d = school.details();
        return new SchoolView(school.id(), d.urn(), d.name(), d.phase().code(), d.localAuthority(), d.region().code(),
                d.pupils(), d.fsmPercent(), d.ofsted().code(), d.joinedOn(), d.leftOn());
    }
}
