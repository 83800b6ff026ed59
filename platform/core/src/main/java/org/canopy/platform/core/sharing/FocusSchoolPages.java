package org.canopy.platform.core.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.canopy.platform.core.common.England;
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
import org.canopy.platform.core.console.Frame;
import org.canopy.platform.core.http.ProblemException;
import org.canopy.platform.core.identity.AccessPolicy;
import org.canopy.platform.core.plugins.ModulePages;
import org.canopy.platform.core.schools.Phase;
import org.canopy.platform.core.identity.TenantContext;
import org.canopy.platform.core.tenancy.TenantKind;
import org.canopy.platform.core.identity.TenantScope;
import org.canopy.platform.core.years.AcademicYearLabel;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The hub's screen, {@code /t/{hub}/focus-schools}: the schools its trusts have granted it, and
 * the comparison of those schools restricted to each grant's module; and each granted module's
 * pages on its school, {@code /t/{hub}/focus-schools/{trust}/{urn}/m/{module}/…}. Every value is
 * read in the owning trust's tenant context, and every look is logged in that trust's audit.
 */
@ApplicationScoped
public class FocusSchoolPages implements ConsoleSection {

    @Inject
    FocusSchools focusSchools;

    @Inject
    FocusModules focusModules;

    @Inject
    ModulePages modulePages;

    @Inject
    MetricSources sources;

    /** A granted school and, when the hub may open it there, its module's title and address. */
    public record FocusRow(FocusSchools.Focus focus, String moduleTitle, String moduleHref) {
    }

    public record FocusPage(List<FocusRow> schools, ComparisonPages.ComparePage comparison) {
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
        List<String> path = exchange.path();
        if (path.isEmpty()) {
            list(exchange);
        } else if (path.size() >= 4 && path.get(2).equals("m")) {
            openModule(exchange, path.get(0), path.get(1), path.get(3), path.subList(4, path.size()));
        } else {
            throw ProblemException.notFound("Page");
        }
    }

    private void list(ConsoleExchange exchange) throws IOException {
        AcademicYearLabel year = exchange.parameter("year").map(asked -> AcademicYearLabel.parse(asked)
                        .orElseThrow(() -> ProblemException.invalid("year", AcademicYearLabel.FORMAT_HINT)))
                .orElse(AcademicYearLabel.containing(England.today()));
        TenantContext hub = TenantScope.require();
        List<FocusSchools.Focus> granted = focusSchools.granted(hub);
        List<FocusRow> rows = granted.stream().map(focus -> focusModules.module(focus, hub)
                .map(opened -> new FocusRow(focus, opened.plugin().module().title(), exchange.link(opened.consoleRoot())))
                .orElseGet(() -> new FocusRow(focus, null, null))).toList();
        TrustComparison comparison = compare(hub, granted, year);
        exchange.render(200, "sharing/focus.jte", exchange.frame("Focus schools", exchange.crumbs()),
                new FocusPage(rows, new ComparisonPages.ComparePage(comparison, List.of(year.toString()), "",
                        Form.options(Phase.class), TrustComparison.SCHOOL_COLUMN, false, "?year=" + year, "", "", List.of(),
                        List.of())));
    }

    /** The granted module's page on one focus school, inside the hub's layout below Focus schools › school › module. */
    private void openModule(ConsoleExchange exchange, String trust, String urn, String moduleId, List<String> pathBelowRoot)
            throws IOException {
        TenantContext hub = TenantScope.require();
        FocusModules.FocusModule opened = focusModules.find(hub, trust, urn, moduleId)
                .orElseThrow(() -> ProblemException.notFound("Module page"));
        String root = opened.consoleRoot();
        List<Frame.Link> crumbs = exchange.crumbs("Focus schools", segment(), opened.focus().school().name(),
                segment() + "#" + opened.focus().anchor(), opened.plugin().module().title(), root);
        modulePages.serve(exchange, opened.plugin(), focusModules.open(opened, hub, exchange.request()), pathBelowRoot,
                new ModulePages.Mount(root, crumbs));
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
            TenantContext inTrust = FocusSchools.inTrust(focus.trust(), hub);
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
