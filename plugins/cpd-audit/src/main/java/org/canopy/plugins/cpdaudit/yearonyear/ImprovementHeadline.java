package org.canopy.plugins.cpdaudit.yearonyear;

import org.canopy.plugins.cpdaudit.Share;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * TDT's headline for a set of schools: of the schools audited more than once, how many improved in
 * at least one area and how many improved an overall level. Each school's latest audit is compared
 * with its earliest (its baseline), not with the one before: the headline is about what the whole
 * engagement achieved, so a dip and recovery to the baseline counts as no improvement. Pass one
 * result per published audit (a corrected audit's latest version only).
 */
public record ImprovementHeadline(Share improvedInAtLeastOneArea, Share improvedAnOverallLevel) {

    public static ImprovementHeadline of(Collection<AuditResult> audits) {
        List<YearOnYearComparison> baselineToLatest = audits.stream()
                .collect(Collectors.groupingBy(AuditResult::schoolUrn)).values().stream()
                .filter(schoolAudits -> schoolAudits.size() > 1)
                .map(ImprovementHeadline::baselineToLatest)
                .toList();
        return new ImprovementHeadline(share(baselineToLatest, YearOnYearComparison::improvedInAnyArea),
                share(baselineToLatest, YearOnYearComparison::improvedOverall));
    }

    private static YearOnYearComparison baselineToLatest(List<AuditResult> schoolAudits) {
        Comparator<AuditResult> byYear = Comparator.comparing(AuditResult::yearStartsOn);
        return YearOnYearComparison.of(schoolAudits.stream().min(byYear).orElseThrow(),
                schoolAudits.stream().max(byYear).orElseThrow());
    }

    private static Share share(List<YearOnYearComparison> schools, Predicate<YearOnYearComparison> improved) {
        return new Share((int) schools.stream().filter(improved).count(), schools.size());
    }
}
