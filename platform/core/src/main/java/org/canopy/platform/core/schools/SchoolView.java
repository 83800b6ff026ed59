package org.canopy.platform.core.schools;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A school as the API shows it, with its Ofsted {@code inspections} newest first. {@code ofsted} is
 * deprecated: the judgement of the latest inspection that gave one (report cards give none), kept
 * for clients written before report cards.
 */
public record SchoolView(UUID id, String urn, String name, String phase, String localAuthority, String region,
                         int pupils, BigDecimal fsmPercent, @Deprecated String ofsted, LocalDate joinedOn, LocalDate leftOn,
                         List<InspectionView> inspections) {

    static SchoolView of(School school, List<OfstedInspection> inspections) {
        SchoolDetails d = school.details();
        String ofsted = InspectionDetails.latestJudgement(inspections.stream().map(OfstedInspection::details).toList()).code();
        return new SchoolView(school.id(), d.urn(), d.name(), d.phase().code(), d.localAuthority(), d.region().code(),
                d.pupils(), d.fsmPercent(), ofsted, d.joinedOn(), d.leftOn(), inspections.stream().map(InspectionView::of).toList());
    }
}
