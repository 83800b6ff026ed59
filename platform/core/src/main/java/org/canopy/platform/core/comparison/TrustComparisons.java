package org.canopy.platform.core.comparison;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.canopy.platform.core.common.Codes;
import org.canopy.platform.core.common.InvalidInput;
import org.canopy.platform.core.common.NotFound;
import org.canopy.platform.core.common.England;
import org.canopy.platform.core.schools.Phase;
import org.canopy.platform.core.schools.School;
import org.canopy.platform.core.schools.Schools;
import org.canopy.platform.core.tenancy.Tenant;
import org.canopy.platform.core.tenancy.TenantDirectory;
import org.canopy.platform.core.identity.TenantScope;
import org.canopy.platform.core.years.AcademicYear;
import org.canopy.platform.core.years.AcademicYearLabel;
import org.canopy.platform.core.years.AcademicYears;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The trust comparison of the tenant in scope: every school against every enabled module's
 * metrics for a year, with last year's values for the change, and a school's trend over the years.
 * Turns the user's choices (year, phase, sort) into 4xx problems when they name nothing.
 */
@ApplicationScoped
public class TrustComparisons {

    @Inject
    Schools schools;

    @Inject
    AcademicYears years;

    @Inject
    TenantDirectory tenants;

    @Inject
    MetricSources sources;

    /** What the user asked for; null phase is every phase, null sort is by school name. */
    public record Choice(String year, String phase, String sort, boolean descending) {
    }

    /** The comparison and the modules whose metrics could not be read. */
    public record Result(TrustComparison comparison, List<String> headlines, List<MetricSources.Failure> failures) {
    }

    /** One school's values in one year (null: no data). */
    public record TrendPoint(String year, String metricId, BigDecimal value) {
    }

    public Result compare(Choice choice) {
        AcademicYearLabel year = year(choice.year());
        if (choice.phase() != null && Codes.parse(Phase.class, choice.phase()).isEmpty()) {
            throw InvalidInput.of("phase", Codes.allowed(Phase.class));
        }
        Tenant tenant = currentTenant();
        MetricSources.Collected now = sources.collect(tenant, year.toString());
        MetricSources.Collected before = sources.collect(tenant, year.previous().toString());
        TrustComparison comparison = TrustComparison.of(year.toString(), year.previous().toString(), comparedSchools(),
                now.metrics(), now.readings(), before.readings()).filterPhase(choice.phase())
                .withCentral(now.centralMetrics(), now.central(), before.central());
        try {
            comparison = comparison.sortBy(Optional.ofNullable(choice.sort()).orElse(TrustComparison.SCHOOL_COLUMN), choice.descending());
        } catch (IllegalArgumentException unknownColumn) {
            throw InvalidInput.of("sort", "must be school, phase or a metric id such as " + exampleMetric(now));
        }
        List<UUID> shown = comparison.rows().stream().map(row -> row.school().id()).toList();
        return new Result(comparison, sources.headlines(tenant, year.toString(), shown), now.failures());
    }

    /** A school's values of every metric in each of the tenant's academic years, oldest first. */
    public List<TrendPoint> trend(UUID schoolId) {
        schools.get(schoolId);
        Tenant tenant = currentTenant();
        List<TrendPoint> points = new ArrayList<>();
        List<AcademicYear> known = years.list().stream().sorted(Comparator.comparing(AcademicYear::label)).toList();
        for (AcademicYear year : known) {
            MetricSources.Collected collected = sources.collect(tenant, year.label().toString());
            for (ComparedMetric metric : collected.metrics()) {
                points.add(new TrendPoint(year.label().toString(), metric.id(), collected.readings().value(metric.id(), schoolId)));
            }
        }
        return points;
    }

    /** The year to show: the one asked for, which must be one of the tenant's, or the current one. */
    public AcademicYearLabel year(String asked) {
        if (asked == null || asked.isBlank()) {
            return AcademicYearLabel.containing(England.today());
        }
        AcademicYearLabel label = AcademicYearLabel.parse(asked)
                .orElseThrow(() -> InvalidInput.of("year", AcademicYearLabel.FORMAT_HINT));
        years.get(label.key());
        return label;
    }

    /** The tenant's academic years, newest first, for the year picker. */
    public List<String> yearsOffered() {
        return years.list().stream().map(year -> year.label().toString()).toList();
    }

    private List<ComparedSchool> comparedSchools() {
        return schools.list(Optional.empty()).stream().map(TrustComparisons::compared).toList();
    }

    public static ComparedSchool compared(School school) {
        return new ComparedSchool(school.id(), school.urn(), school.name(), school.details().phase().code());
    }

    private Tenant currentTenant() {
        String slug = TenantScope.require().slug();
        return tenants.findBySlug(slug).orElseThrow(() -> new NotFound("Tenant " + slug));
    }

    private static String exampleMetric(MetricSources.Collected collected) {
        return collected.metrics().isEmpty() ? "test-module.notes" : collected.metrics().get(0).id();
    }
}
