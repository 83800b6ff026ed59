package org.canopy.platform.core.comparison;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.canopy.platform.core.http.ProblemException;
import org.canopy.platform.core.identity.Access;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The trust comparison as JSON: the same rows, cells and medians as the console's screen. */
@RequestScoped
@Path("t/{tenant}/insights/comparison")
@Produces(MediaType.APPLICATION_JSON)
public class ComparisonResource {

    @Inject
    TrustComparisons comparisons;

    @Inject
    Access access;

    public record MetricView(String id, String module, String key, String label, String type, String better, BigDecimal median,
                             List<String> levels) {
    }

    /** {@code value} null is "no data" (never 0); {@code change} up/down/same/none; {@code position} green/amber/red/none. */
    @JsonbNillable
    public record CellView(BigDecimal value, BigDecimal previous, String change, boolean improved, String position) {
    }

    public record SchoolRow(UUID id, String urn, String name, String phase, Map<String, CellView> cells) {
    }

    /** The "Trust (central)" row: the trust's own metrics (no median: never rated) and their cells. */
    public record CentralRow(String name, List<MetricView> metrics, Map<String, CellView> cells) {
    }

    public record ComparisonView(String year, String previousYear, List<MetricView> metrics, List<SchoolRow> schools,
                                 CentralRow central, List<String> headlines, List<MetricSources.Failure> failures) {
    }

    @GET
    public ComparisonView comparison(@QueryParam("year") String year, @QueryParam("phase") String phase,
                                     @QueryParam("sort") String sort, @QueryParam("order") String order) {
        requireTrustReader(access);
        TrustComparisons.Result result = comparisons.compare(new TrustComparisons.Choice(year, blankToNull(phase),
                blankToNull(sort), descending(order)));
        return view(result);
    }

    static void requireTrustReader(Access access) {
        if (!access.policy().readsWholeTrust()) {
            throw ProblemException.forbidden("The trust comparison is for the trust's executive, CPD director, finance and governors.");
        }
    }

    static boolean descending(String order) {
        if (order == null || order.isBlank() || order.equals("asc")) {
            return false;
        }
        if (order.equals("desc")) {
            return true;
        }
        throw ProblemException.invalid("order", "must be asc or desc");
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static ComparisonView view(TrustComparisons.Result result) {
        TrustComparison comparison = result.comparison();
        List<MetricView> metrics = comparison.columns().stream()
                .map(column -> metricView(column.metric(), column.median())).toList();
        List<SchoolRow> rows = comparison.rows().stream().map(row -> new SchoolRow(row.school().id(), row.school().urn(),
                row.school().name(), row.school().phase(), cellViews(row.cells()))).toList();
        TrustComparison.Central central = comparison.central();
        CentralRow centralRow = new CentralRow(TrustComparison.Central.NAME,
                central.metrics().stream().map(metric -> metricView(metric, null)).toList(), cellViews(central.cells()));
        return new ComparisonView(comparison.year(), comparison.previousYear(), metrics, rows, centralRow,
                result.headlines(), result.failures());
    }

    private static MetricView metricView(ComparedMetric m, BigDecimal median) {
        return new MetricView(m.id(), m.module(), m.key(), m.label(), m.type().name().toLowerCase(),
                m.better().name().toLowerCase().replace('_', '-'), median, m.levels());
    }

    private static Map<String, CellView> cellViews(List<TrustComparison.Cell> row) {
        Map<String, CellView> cells = new LinkedHashMap<>();
        row.forEach(cell -> cells.put(cell.metric().id(), new CellView(cell.value(), cell.previous(),
                cell.change().name().toLowerCase(), cell.improved(), cell.position().name().toLowerCase())));
        return cells;
    }
}
