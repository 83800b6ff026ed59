package org.canopy.platform.core.comparison;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.canopy.platform.api.MetricDefinition.Direction;
import org.canopy.platform.core.console.ConsoleExchange;
import org.canopy.platform.core.console.ConsoleSection;
import org.canopy.platform.core.console.Form;
import org.canopy.platform.core.http.Ids;
import org.canopy.platform.core.http.ProblemException;
import org.canopy.platform.core.identity.AccessPolicy;
import org.canopy.platform.core.schools.Phase;
import org.canopy.platform.core.tenancy.TenantKind;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The trust CEO's screen, {@code /t/{tenant}/compare}: every school against every enabled module's
 * metrics for a year; sortable and filtered by phase with plain links and forms (no JavaScript
 * needed), charts drawn by ECharts when JavaScript runs, and the CSV and board-pack PDF downloads.
 */
@ApplicationScoped
public class ComparisonPages implements ConsoleSection {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    TrustComparisons comparisons;

    /** Everything the comparison template shows. */
    public record ComparePage(TrustComparison comparison, List<String> years, String phase, List<Form.Option> phases,
                              String sort, boolean descending, String query, String charts, String trendSchool,
                              List<String> headlines, List<MetricSources.Failure> failures) {

        /** The address that sorts by {@code column}: ascending first, then the other way. */
        public String sortQuery(String column) {
            boolean nextDescending = column.equals(sort) && !descending;
            return "?year=" + encode(comparison.year()) + "&phase=" + encode(phase) + "&sort=" + encode(column)
                    + "&order=" + (nextDescending ? "desc" : "asc");
        }

        /** {@code ascending}, {@code descending} or {@code none}, for the header's aria-sort. */
        public String ariaSort(String column) {
            return !column.equals(sort) ? "none" : descending ? "descending" : "ascending";
        }

        public String display(TrustComparison.Cell cell) {
            return MetricFormat.display(cell.metric(), cell.value());
        }

        public String median(TrustComparison.Column column) {
            return MetricFormat.display(column.metric(), column.median());
        }

        public String arrow(TrustComparison.Cell cell) {
            return MetricFormat.arrow(cell.change());
        }

        /** The change in words for screen readers and tooltips: "up 2 on 2024/25". */
        public String changeText(TrustComparison.Cell cell) {
            if (cell.change() == Change.NONE) {
                return cell.previous() == null ? "no data for " + comparison.previousYear() : "";
            }
            return MetricFormat.word(cell.change()) + " on " + comparison.previousYear() + " ("
                    + MetricFormat.display(cell.metric(), cell.previous()) + ")"
                    + (cell.change() == Change.SAME || cell.metric().better() == Direction.NONE ? "" : cell.improved() ? ", better" : ", worse");
        }

        /** Whether the cell carries a rating against the median: not for no data, nor for a metric without a better direction. */
        public boolean rated(TrustComparison.Cell cell) {
            return cell.position() != MedianPosition.NONE && cell.position() != MedianPosition.UNRATED;
        }

        public String tag(TrustComparison.Cell cell) {
            return switch (cell.position()) {
                case GREEN -> "govuk-tag--green";
                case AMBER -> "govuk-tag--yellow";
                case RED -> "govuk-tag--red";
                case NONE, UNRATED -> "govuk-tag--grey";
            };
        }

        public String position(TrustComparison.Cell cell) {
            return MetricFormat.position(cell.position());
        }
    }

    @Override
    public String segment() {
        return "compare";
    }

    @Override
    public Optional<String> navigationLabel() {
        return Optional.of("Compare schools");
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean openTo(AccessPolicy policy, TenantKind kind) {
        return kind == TenantKind.TRUST && policy.readsWholeTrust();
    }

    @Override
    public String refusal() {
        return "The trust comparison is for the trust's executive, CPD director, finance and governors.";
    }

    @Override
    public void handle(ConsoleExchange exchange) throws IOException {
        TrustComparisons.Choice choice = new TrustComparisons.Choice(exchange.parameter("year").orElse(null),
                exchange.parameter("phase").orElse(null), exchange.parameter("sort").orElse(null),
                ComparisonResource.descending(exchange.parameter("order").orElse(null)));
        TrustComparisons.Result result = comparisons.compare(choice);
        List<String> path = exchange.path();
        if (path.isEmpty()) {
            page(exchange, choice, result);
        } else if (path.equals(List.of("export.csv"))) {
            exchange.download("text/csv; charset=utf-8", fileName(exchange, result, "csv"), csv(result.comparison()));
        } else if (path.equals(List.of("board-pack.pdf"))) {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            BoardPack.write(exchange.tenant().name(), result.comparison(), result.headlines(), pdf);
            exchange.download("application/pdf", fileName(exchange, result, "pdf"), pdf.toByteArray());
        } else {
            throw ProblemException.notFound("Page");
        }
    }

    private void page(ConsoleExchange exchange, TrustComparisons.Choice choice, TrustComparisons.Result result) throws IOException {
        TrustComparison comparison = result.comparison();
        Optional<UUID> trendSchool = exchange.parameter("school").map(id -> Ids.parse(id, "School"));
        List<TrustComparisons.TrendPoint> trend = trendSchool.map(comparisons::trend).orElse(List.of());
        String query = "?year=" + encode(comparison.year()) + "&phase=" + encode(choice.phase())
                + "&sort=" + encode(choice.sort()) + "&order=" + (choice.descending() ? "desc" : "asc");
        exchange.render(200, "compare/page.jte", exchange.frame("Compare schools", exchange.crumbs()),
                new ComparePage(comparison, comparisons.yearsOffered(), choice.phase() == null ? "" : choice.phase(),
                        Form.options(Phase.class), choice.sort() == null ? TrustComparison.SCHOOL_COLUMN : choice.sort(),
                        choice.descending(), query, charts(comparison, trend), trendSchool.map(UUID::toString).orElse(""),
                        result.headlines(), result.failures()));
    }

    /** The charts' data for canopy-compare.js: per metric, schools side by side; and the chosen school's trend. */
    static String charts(TrustComparison comparison, List<TrustComparisons.TrendPoint> trend) {
        List<Map<String, Object>> metrics = new ArrayList<>();
        for (TrustComparison.Column column : comparison.columns()) {
            Map<String, Object> chart = new LinkedHashMap<>();
            chart.put("id", column.metric().id());
            chart.put("label", column.metric().label());
            chart.put("median", column.median());
            chart.put("schools", comparison.rows().stream().map(row -> row.school().name()).toList());
            chart.put("values", comparison.rows().stream().map(row -> row.cell(column.metric().id()).value()).toList());
            chart.put("trend", trend.stream().filter(point -> point.metricId().equals(column.metric().id()))
                    .map(point -> Map.of("year", point.year(), "value", point.value() == null ? "-" : point.value())).toList());
            metrics.add(chart);
        }
        return JSON.toJson(Map.of("year", comparison.year(), "metrics", metrics));
    }

    private static byte[] csv(TrustComparison comparison) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            ComparisonCsv.write(comparison, writer);
        }
        return bytes.toByteArray();
    }

    private static String fileName(ConsoleExchange exchange, TrustComparisons.Result result, String extension) {
        return exchange.tenant().slug() + "-comparison-" + result.comparison().year().replace('/', '-') + "." + extension;
    }

    static String encode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
