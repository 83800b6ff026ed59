package org.canopy.plugins.cpdaudit.yearonyear;

import org.canopy.plugins.cpdaudit.priorities.TransformationPriorities;
import org.canopy.plugins.cpdaudit.priorities.TransformationPriority;

import java.time.LocalDate;
import java.util.List;

import static org.canopy.plugins.cpdaudit.framework.Frameworks.level;
import static org.canopy.plugins.cpdaudit.framework.Frameworks.levels;

/** Audit results for tests: areas climate, leadership and impact, published each July. */
final class AuditResults {

    private AuditResults() {
    }

    static AuditResult audit(String school, int year, String climate, String leadership, String impact, String overall) {
        return new AuditResult(school, LocalDate.of(year, 7, 1), levels("climate", climate, "leadership", leadership, "impact", impact),
                level(overall), new TransformationPriorities(List.of(
                        new TransformationPriority("climate", "Whole-staff CPD", List.of()),
                        new TransformationPriority("impact", "Evaluate impact on pupils", List.of()))));
    }
}
