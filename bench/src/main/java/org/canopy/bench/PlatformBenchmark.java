package org.canopy.bench;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.canopy.platform.testkit.RunningPlatform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures the real platform on this machine: cold and warm start to ready, then closed-loop load
 * (N client threads, each sending its next request when the last answers) on
 * {@code GET /api/t/{tenant}/schools} (JWT, tenant lookup, JPA, row-level security) beside
 * {@code GET /api/ping} (JWT only) in the same run, plus the raw SQL of the schools query as the
 * application role. Writes a Markdown table to stdout and to {@code bench.out}.
 */
public final class PlatformBenchmark {

    private static final Duration WARM_UP = Duration.ofSeconds(5);

    private PlatformBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 20);
        int threads = Integer.getInteger("bench.threads", 8);
        int schools = Integer.getInteger("bench.schools", 50);
        Path war = Path.of(System.getProperty("canopy.war"));
        Path payara = Path.of(System.getProperty("canopy.payara.jar"));
        Path keycloak = Path.of(System.getProperty("canopy.keycloak.zip"));
        Optional<Path> plugins = Optional.of(Path.of(System.getProperty("canopy.plugins.dir")));
        Path work = Files.createTempDirectory("canopy-bench");

        List<String> report = new ArrayList<>();
        report.add("# Canopy platform benchmark, " + Instant.now());
        report.add("");
        report.add("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + "; " + threads + " client threads on the same machine, "
                + seconds + " s per endpoint after " + WARM_UP.toSeconds() + " s warm-up; tenant with " + schools + " schools.");
        report.add("");

        long coldStart = System.nanoTime();
        RunningPlatform platform = RunningPlatform.start(work, war, payara, keycloak, Optional.empty(), plugins);
        long coldMillis = (System.nanoTime() - coldStart) / 1_000_000;
        platform.close();
        long warmStart = System.nanoTime();
        platform = RunningPlatform.start(work, war, payara, keycloak, Optional.empty(), plugins);
        long warmMillis = (System.nanoTime() - warmStart) / 1_000_000;
        report.add("| start to /health/ready UP (PostgreSQL, Keycloak, Payara Micro) | ms |");
        report.add("|---|---|");
        report.add("| cold (new data directory: Keycloak unpacked, initdb, migrations) | " + coldMillis + " |");
        report.add("| warm (existing data directory; Keycloak, PostgreSQL and Payara all restarted) | " + warmMillis + " |");
        report.add("");

        try {
            String tenant = platform.newTenant("bench", "trust");
            for (int i = 0; i < schools; i++) {
                platform.newSchool(tenant, String.format("%06d", 500000 + i), i % 3 == 0 ? "secondary" : "primary");
            }
            String token = platform.identity().token("bench@" + tenant, List.of("teacher"), List.of(tenant));
            URI schoolsUri = platform.baseUri().resolve("api/t/" + tenant + "/schools");
            URI pingUri = platform.baseUri().resolve("api/ping");
            String year = comparisonWithEveryMetric(platform, tenant);
            String ceo = platform.identity().token("ceo@" + tenant, List.of("trust-executive"), List.of(tenant));
            URI comparisonUri = platform.baseUri().resolve("api/t/" + tenant + "/insights/comparison?year=" + year);

            report.add("| endpoint | requests/s | p50 ms | p90 ms | p95 ms | p99 ms | max ms | errors |");
            report.add("|---|---|---|---|---|---|---|---|");
            report.add(row("GET /api/ping (JWT only)", load(pingUri, token, threads, seconds)));
            report.add(row("GET /api/t/{tenant}/schools (" + schools + " rows, RLS)", load(schoolsUri, token, threads, seconds)));
            report.add(row("GET /api/t/{tenant}/insights/comparison (" + schools + " schools, every metric, 2 years)",
                    load(comparisonUri, ceo, threads, seconds)));
            report.add("");
            report.add("| raw SQL as canopy_app, tenant set, one transaction each | p50 ms | p99 ms |");
            report.add("|---|---|---|");
            Histogram sql = rawSql(platform, tenant, 2000);
            report.add(String.format("| select * from school order by name (%d rows) | %.3f | %.3f |", schools,
                    sql.getValueAtPercentile(50) / 1000.0, sql.getValueAtPercentile(99) / 1000.0));
            int start = Integer.parseInt(year.substring(0, 4));
            Histogram comparisonSql = rawSql(platform, tenant, 2000, comparisonSql(label(start), label(start - 1)));
            report.add(String.format("| the comparison's queries: schools, every metric query (test module, CPD audit) for 2 years, the headline's (%d schools) | %.3f | %.3f |",
                    schools, comparisonSql.getValueAtPercentile(50) / 1000.0, comparisonSql.getValueAtPercentile(99) / 1000.0));
        } finally {
            platform.close();
        }
        String text = String.join("\n", report) + "\n";
        System.out.println(text);
        String out = System.getProperty("bench.out");
        if (out != null) {
            Files.createDirectories(Path.of(out).getParent());
            Files.writeString(Path.of(out), text);
        }
        System.exit(0);
    }

    /** Latencies in microseconds, requests per second and errors of one endpoint under closed-loop load. */
    private record Result(Histogram latency, double perSecond, long errors) {
    }

    private static Result load(URI uri, String token, int threads, int seconds) throws Exception {
        HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(threads)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build();
        drive(client, request, threads, WARM_UP, new ConcurrentHistogram(3), new AtomicLong());
        Histogram latency = new ConcurrentHistogram(3);
        AtomicLong errors = new AtomicLong();
        long started = System.nanoTime();
        drive(client, request, threads, Duration.ofSeconds(seconds), latency, errors);
        double elapsed = (System.nanoTime() - started) / 1e9;
        return new Result(latency, latency.getTotalCount() / elapsed, errors.get());
    }

    private static void drive(HttpClient client, HttpRequest request, int threads, Duration duration,
                              Histogram latency, AtomicLong errors) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        errors.incrementAndGet();
                    }
                    latency.recordValue((System.nanoTime() - start) / 1000);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS);
    }

    /** The CPD audit's metric queries for one year (as in AuditMetrics), the year written in. */
    private static List<String> auditMetricSql(String year) {
        String published = " where a.academic_year = '" + year + "' and a.status = 'published'";
        return List.of(
                "select id, school_id, framework_id, overall_level from module_cpd_audit.audit a" + published,
                "select id, status, definition from module_cpd_audit.framework where status = 'published'",
                "select a.school_id, pa.description, pa.owner, pa.due_on, pa.status, pa.complete from module_cpd_audit.priority_action pa"
                        + " join module_cpd_audit.priority p on p.id = pa.priority_id join module_cpd_audit.audit a on a.id = p.audit_id" + published,
                "select a.school_id, a.framework_id, j.area_key, j.level from module_cpd_audit.area_judgement j"
                        + " join module_cpd_audit.audit a on a.id = j.audit_id" + published,
                "select distinct on (school_id) school_id, (select s.staff_survey from module_cpd_audit.audit s"
                        + " where s.id = coalesce(audit.survey_of, audit.id)) from module_cpd_audit.audit"
                        + " where academic_year = '" + year + "' and status <> 'draft' order by school_id, edition desc",
                // the core's survey service, for the surveys of every school at once (SurveyStore.counts)
                "select s.id, s.open, (select count(*) from staff_survey_invitee i where i.survey_id = s.id),"
                        + " (select count(*) from staff_survey_response r where r.survey_id = s.id)"
                        + " from staff_survey s where s.module_id = 'cpd-audit'");
    }

    /** What the comparison reads: the schools, each module's metric queries for this year and last, and the headline's. */
    private static List<String> comparisonSql(String year, String previousYear) {
        List<String> queries = new ArrayList<>(List.of("select * from school order by name"));
        for (String each : List.of(year, previousYear)) {
            queries.add("select school_id, count(*), round(avg(char_length(text)), 1) from module_test_module.note"
                    + " where school_id is not null group by school_id");
            queries.add("select school_id, count(*) from public.staff_member where school_id is not null group by school_id");
            queries.add("select count(*) from module_test_module.note where school_id is null");
            queries.addAll(auditMetricSql(each));
        }
        // the CPD audit's year-on-year headline over the schools shown: published audits and their levels
        queries.add("select id, school_id, academic_year, edition, framework_id, status, overall_level from module_cpd_audit.audit"
                + " where status = 'published' order by school_id, academic_year");
        queries.add("select j.audit_id, j.area_key, j.level from module_cpd_audit.area_judgement j"
                + " join module_cpd_audit.audit a on a.id = j.audit_id where a.status = 'published'");
        return queries;
    }

    /**
     * Six staff per school, then the test module (three school metrics and one of the trust's) with a note for every school, and the
     * CPD audit (nine metrics) with two years of published audits for every school; returns the current year.
     */
    private static String comparisonWithEveryMetric(RunningPlatform platform, String tenant) {
        var executive = platform.member(tenant, "trust-executive");
        StringBuilder staff = new StringBuilder("name,school_urn,staff_group,fte,start_date\n");
        for (var school : executive.get("/api/t/" + tenant + "/schools").json()) {
            for (int i = 0; i < 6; i++) {
                staff.append("Staff ").append(i).append(' ').append(school.path("urn").asText()).append(',').append(school.path("urn").asText())
                        .append(i < 4 ? ",teacher" : ",admin-support").append(",1.0,2020-09-01\n");
            }
        }
        executive.send("POST", "/api/t/" + tenant + "/staff/import", "text/csv", staff.toString()).expectStatus(201);
        executive.put("/api/t/" + tenant + "/modules/test-module", Map.of("enabled", true)).expectStatus(200);
        executive.put("/api/t/" + tenant + "/modules/cpd-audit", Map.of("enabled", true)).expectStatus(200);
        for (var school : executive.get("/api/t/" + tenant + "/schools").json()) {
            executive.post("/api/t/" + tenant + "/m/test-module/notes",
                    Map.of("text", "bench", "schoolId", school.path("id").asText())).expectStatus(201);
        }
        platform.as("ceo@" + tenant, List.of("trust-executive"), List.of(tenant));
        java.time.LocalDate today = java.time.LocalDate.now();
        int start = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }

    /** An academic year's label, {@code 2026/27}. */
    private static String label(int startYear) {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    private static Histogram rawSql(RunningPlatform platform, String tenant, int iterations) throws Exception {
        return rawSql(platform, tenant, iterations, List.of("select * from school order by name"));
    }

    private static Histogram rawSql(RunningPlatform platform, String tenant, int iterations, List<String> queries) throws Exception {
        Histogram latency = new Histogram(3);
        try (Connection app = platform.connectAsApp()) {
            String tenantId;
            try (PreparedStatement find = app.prepareStatement("select id from tenant where slug = ?")) {
                find.setString(1, tenant);
                try (ResultSet rs = find.executeQuery()) {
                    rs.next();
                    tenantId = rs.getString(1);
                }
            }
            app.setAutoCommit(false);
            try (PreparedStatement setTenant = app.prepareStatement(
                    "select set_config('canopy.tenant_id', ?, true), set_config('role', 'canopy_module', true)")) {
                for (int i = 0; i < iterations; i++) {
                    long start = System.nanoTime();
                    setTenant.setString(1, tenantId);
                    setTenant.execute();
                    int rows = 0;
                    for (String sql : queries) {
                        try (PreparedStatement query = app.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
                            while (rs.next()) {
                                rows++;
                            }
                        }
                    }
                    app.commit();
                    if (rows == 0) {
                        throw new IllegalStateException("row-level security hid the tenant's schools");
                    }
                    latency.recordValue((System.nanoTime() - start) / 1000);
                }
            }
        }
        return latency;
    }

    private static String row(String name, Result result) {
        Histogram h = result.latency();
        return String.format("| %s | %.0f | %.2f | %.2f | %.2f | %.2f | %.2f | %d |", name, result.perSecond(),
                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(90) / 1000.0,
                h.getValueAtPercentile(95) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0, result.errors());
    }
}
