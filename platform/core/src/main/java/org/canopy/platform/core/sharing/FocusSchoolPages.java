package org.canopy.platform.core.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.canopy.platform.core.comparison.ComparedMetric;
import org.canopy.platform.core.comparison.ComparedSchool;
import org.canopy.platform.core.comparison.ComparisonPages;
import org.canopy.platform.core.comparison.MetricReadings;
import org.canopy.platform.core.comparison.MetricSources;
import org.canopy.platform.core.comparison.TrustComparison;
import org.canopy.platform.core.comparison.TrustComparisons;
import org.canopy.platform.core.console.ConsoleExchange;
import org.canopy.platform.core.console.ConsoleSection;
import org.canopy.platform.core.console.Form;
import org.canopy.platform.core.http.ProblemException;
import org.canopy.platform.core.identity.AccessPolicy;
import org.canopy.platform.core.schools.Phase;
import org.canopy.platform.core.tenancy.TenantContext;
import org.canopy.platform.core.tenancy.TenantKind;
import org.canopy.platform.core.tenancy.TenantScope;
import org.canopy.platform.core.years.AcademicYearLabel;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The hub's screen, {@code /t/{hub}/focus-schools}: the schools its trusts have granted it, and
 * the comparison of those schools restricted to each grant's module. Every value is read in the
 * owning trust's tenant context, and every look is logged in that trust's audit.
 */
@ApplicationScoped
public class FocusSchoolPages implements ConsoleSection {

    @Inject
    FocusSchools focusSchools;

    @Inject
    MetricSources sources;

    public record FocusPage(List<FocusSchools.Focus> schools, ComparisonPages.ComparePage comparison) {
    }

    @Override
    public String segment() {
        return "focus-schools";
    }

    @Override
    public Optional<String> navigationLabel() {
        return Optional.of("Focus schools");
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean openTo(AccessPolicy policy, TenantKind kind) {
        return FocusSchools.openTo(policy, kind);
    }

    @Override
    public String refusal() {
        return "Focus schools are for a hub's expert advisers and lead.";
    }

    @Override
    public void handle(ConsoleExchange exchange) throws IOException {
        if (!exchange.path().isEmpty()) {
            throw ProblemException.notFound("Page");
        }
        AcademicYearLabel year = exchange.parameter("year").map(asked -> AcademicYearLabel.parse(asked)
                        .orElseThrow(() -> ProblemException.invalid("year", AcademicYearLabel.FORMAT_HINT)))
                .orElse(AcademicYearLabel.containing(LocalDate.now()));
        TenantContext hub = TenantScope.require();
        List<FocusSchools.Focus> granted = focusSchools.granted(hub);
        TrustComparison comparison = compare(hub, granted, year);
        exchange.render(200, "sharing/focus.jte", exchange.frame("Focus schools", exchange.crumbs()),
                new FocusPage(granted, new ComparisonPages.ComparePage(comparison, List.of(year.toString()), "",
                        Form.options(Phase.class), TrustComparison.SCHOOL_COLUMN, false, "?year=" + year, "", "", List.of())));
    }

    /** Each granted school against the metrics of its grant's module only, read in its own trust. */
    private TrustComparison compare(TenantContext hub, List<FocusSchools.Focus> granted, AcademicYearLabel year) {
        Map<String, ComparedMetric> metrics = new LinkedHashMap<>();
        MetricReadings.Builder now = MetricReadings.builder();
        MetricReadings.Builder before = MetricReadings.builder();
        Map<UUID, ComparedSchool> schools = new LinkedHashMap<>();
        for (FocusSchools.Focus focus : granted) {
            ComparedSchool school = TrustComparisons.compared(focus.school());
            schools.putIfAbsent(school.id(), new ComparedSchool(school.id(), school.urn(),
                    school.name() + " (" + focus.trust().name() + ")", school.phase()));
            TenantContext inTrust = new TenantContext(focus.trust().id(), focus.trust().slug(), hub.user());
            String module = focus.grant().moduleId();
            MetricSources.Collected thisYear = TenantScope.call(inTrust,
                    () -> sources.collect(focus.trust(), year.toString(), module::equals));
            MetricSources.Collected lastYear = TenantScope.call(inTrust,
                    () -> sources.collect(focus.trust(), year.previous().toString(), module::equals));
            thisYear.metrics().forEach(metric -> {
                metrics.putIfAbsent(metric.id(), metric);
                now.add(metric.id(), school.id(), thisYear.readings().value(metric.id(), school.id()));
                before.add(metric.id(), school.id(), lastYear.readings().value(metric.id(), school.id()));
            });
        }
        return TrustComparison.of(year.toString(), year.previous().toString(), List.copyOf(schools.values()), List.copyOf(metrics.values()),
                now.build(), before.build());
    }
}
