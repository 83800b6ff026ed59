package org.canopy.plugins.cpdaudit.yearonyear;

import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.api.SharedModel;
import org.canopy.plugins.cpdaudit.audit.Audit;
import org.canopy.plugins.cpdaudit.audit.AuditAccess;
import org.canopy.plugins.cpdaudit.audit.AuditException;
import org.canopy.plugins.cpdaudit.audit.AuditRole;
import org.canopy.plugins.cpdaudit.audit.AuditStatus;
import org.canopy.plugins.cpdaudit.audit.Audits;
import org.canopy.plugins.cpdaudit.evaluation.Evaluations;
import org.canopy.plugins.cpdaudit.framework.Framework;
import org.canopy.plugins.cpdaudit.framework.FrameworkLibrary;
import org.canopy.plugins.cpdaudit.framework.Level;
import org.canopy.plugins.cpdaudit.priorities.PriorityBook;
import org.canopy.plugins.cpdaudit.priorities.StoredPriority;
import org.canopy.plugins.cpdaudit.priorities.TransformationPriorities;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Published audits over the years: one school's against its previous, and TDT's headline for a set of schools. */
public final class AuditHistory {

    /** A published audit against the school's previous published one. */
    public record YearOnYear(Audit previous, Audit current, YearOnYearComparison comparison) {
    }

    /** The headline compares levels only: the comparison runs on every request, so it reads no priorities. */
    private static final TransformationPriorities NO_PRIORITIES = new TransformationPriorities(List.of());

    private final ModuleContext context;
    private final Audits audits;
    private final FrameworkLibrary frameworks;
    private final Evaluations evaluations;
    private final PriorityBook priorities;

    public AuditHistory(ModuleContext context) {
        this.context = context;
        this.audits = new Audits(context.data());
        this.frameworks = new FrameworkLibrary(context.data());
        this.evaluations = new Evaluations(context.data());
        this.priorities = new PriorityBook(context.data());
    }

    /** Empty when the audit is not published or is the school's first (its baseline). */
    public Optional<YearOnYear> yearOnYear(UUID auditId) {
        Audit current = audits.get(auditId);
        new AuditAccess(context).requireReader(current.schoolId());
        if (current.status() != AuditStatus.PUBLISHED) {
            return Optional.empty();
        }
        Map<String, LocalDate> years = yearStarts();
        return audits.previousPublished(current.schoolId(), current.academicYear())
                .map(previous -> new YearOnYear(previous, current,
                        YearOnYearComparison.of(withPriorities(previous, years), withPriorities(current, years))));
    }

    /**
     * TDT's headline over {@code schools} (every school when empty) that the caller reads across the
     * trust: of those audited more than once, the share improved in an area and overall.
     */
    public ImprovementHeadline headline(Collection<UUID> schools) {
        AuditAccess access = new AuditAccess(context);
        if (!AuditRole.READER.heldOverTrust(access.caller())) {
            throw AuditException.forbidden("The improvement headline is for the trust's leaders and governors.");
        }
        Set<UUID> known = context.shared().schools().stream().map(SharedModel.School::id).collect(Collectors.toSet());
        if (!known.containsAll(schools)) {
            throw AuditException.invalid("school: every school must be a school of this trust.");
        }
        return headlineOf(schools.isEmpty() ? known : schools, Optional.empty());
    }

    /**
     * The headline over {@code schools} from their published audits up to {@code lastYear} (every year
     * when empty), for callers that have already decided who may see it (the trust comparison).
     */
    public ImprovementHeadline headlineOf(Collection<UUID> schools, Optional<String> lastYear) {
        Map<String, LocalDate> years = yearStarts();
        Map<UUID, Map<String, String>> judged = evaluations.publishedJudgements();
        Map<UUID, Framework> versions = new HashMap<>();
        return ImprovementHeadline.of(audits.published().stream()
                .filter(audit -> schools.contains(audit.schoolId()))
                .filter(audit -> lastYear.isEmpty() || audit.academicYear().compareTo(lastYear.get()) <= 0)
                .map(audit -> resultOf(audit, years, versions.computeIfAbsent(audit.frameworkId(), id -> frameworks.get(id).framework()),
                        judged.getOrDefault(audit.id(), Map.of()), NO_PRIORITIES))
                .toList());
    }

    private AuditResult withPriorities(Audit audit, Map<String, LocalDate> yearStarts) {
        Map<String, String> judged = new LinkedHashMap<>();
        evaluations.judgements(audit.id()).forEach((area, judgement) -> judged.put(area, judgement.level()));
        return resultOf(audit, yearStarts, frameworks.get(audit.frameworkId()).framework(), judged,
                StoredPriority.of(priorities.of(audit.id())));
    }

    private static AuditResult resultOf(Audit audit, Map<String, LocalDate> yearStarts, Framework framework,
                                        Map<String, String> judgedLevels, TransformationPriorities priorities) {
        Map<String, Level> areaLevels = new LinkedHashMap<>();
        judgedLevels.forEach((area, key) -> framework.scale().find(key).ifPresent(level -> areaLevels.put(area, level)));
        Level overall = framework.scale().find(audit.overallLevel().orElseThrow()).orElseThrow();
        LocalDate yearStart = yearStarts.getOrDefault(audit.academicYear(),
                LocalDate.of(Integer.parseInt(audit.academicYear().substring(0, 4)), 9, 1));
        return new AuditResult(audit.schoolId().toString(), yearStart, areaLevels, overall, priorities);
    }

    private Map<String, LocalDate> yearStarts() {
        Map<String, LocalDate> starts = new HashMap<>();
        List<SharedModel.AcademicYear> years = context.shared().academicYears();
        years.forEach(year -> starts.put(year.label(), year.startsOn()));
        return starts;
    }
}
