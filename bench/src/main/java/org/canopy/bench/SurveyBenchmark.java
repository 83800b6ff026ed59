package org.canopy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.HdrHistogram.Histogram;
import org.canopy.platform.testkit.ApiClient;
import org.canopy.platform.testkit.RunningPlatform;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The staff survey under load, through the CPD audit's public pages and the core's survey service:
 * 1,000 personal-link answers and 300 school-code answers for a group of 50 (the cap) from 200
 * concurrent clients to one open survey, each client its own browser (cookies, CSRF); then the
 * survey is closed and its counts checked (none lost, none over the cap); and the disclosure of a
 * closed survey of a 120-respondent school, timed as the reader's request.
 */
public final class SurveyBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Map<String, String> ANSWERS = Map.of("climate-all-staff", "4", "leadership-serious", "5",
            "methods-colleagues", "3", "impact-asked", "2", "needs-discussed", "4");

    private SurveyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("bench.survey.clients", 200);
        Path work = Files.createTempDirectory("canopy-survey-bench");
        RunningPlatform platform = RunningPlatform.start(work, Path.of(System.getProperty("canopy.war")),
                Path.of(System.getProperty("canopy.payara.jar")), Path.of(System.getProperty("canopy.keycloak.zip")),
                Optional.empty(), Optional.of(Path.of(System.getProperty("canopy.plugins.dir"))));
        List<String> report = new ArrayList<>();
        report.add("# Staff survey benchmark, " + Instant.now());
        report.add("");
        report.add("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + "; " + clients + " concurrent clients on the same machine.");
        report.add("");
        try {
            School school = school(platform, Map.of("teacher", 1000, "admin-support", 50));
            List<String> tasks = new ArrayList<>();
            school.links("teacher").forEach(token -> tasks.add("survey/" + token));
            for (int i = 0; i < 300; i++) {
                tasks.add("code");
            }
            java.util.Collections.shuffle(tasks, new java.util.Random(1));
            Histogram latency = new Histogram(3_600_000_000L, 3);
            AtomicInteger accepted = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (String task : tasks) {
                running.add(pool.submit(() -> {
                    Browser browser = new Browser(platform.baseUri(), school.slug);
                    try {
                        String form = task.equals("code") ? browser.enterCode(school.code) : task;
                        Map<String, String> answers = new LinkedHashMap<>(ANSWERS);
                        if (task.equals("code")) {
                            answers.put("staffGroup", "admin-support");
                        }
                        String csrf = browser.csrf(form);
                        long sent = System.nanoTime();
                        int status = browser.post(form, answers, csrf);
                        latency.recordValue((System.nanoTime() - sent) / 1000);
                        (status == 303 || status == 302 ? accepted : status == 400 ? refused : failed).incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }));
            }
            for (Future<?> each : running) {
                each.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            school.lead.post(school.audit + "/steps", Map.of("step", "close-survey")).expectStatus(200);
            JsonNode closed = school.lead.get(school.audit + "/survey").expectStatus(200).json();
            report.add("| 1,300 submissions (1,000 by link, 300 by code for a group of 50) | value |");
            report.add("|---|---|");
            report.add("| accepted / refused (group full) / failed | " + accepted + " / " + refused + " / " + failed + " |");
            report.add("| respondents counted once closed (expected 1,050: 0 lost, 0 over the cap) | " + closed.path("respondents").asInt() + " |");
            report.add(String.format("| throughput, submissions/s (incl. each client's GET for its form) | %.1f |", tasks.size() / seconds));
            report.add(String.format("| POST latency p50 / p90 / p99 / max, ms | %.1f / %.1f / %.1f / %.1f |",
                    latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(90) / 1000.0,
                    latency.getValueAtPercentile(99) / 1000.0, latency.getMaxValue() / 1000.0));
            report.add("");

            School small = school(platform, Map.of("teacher", 80, "teaching-assistant", 25, "admin-support", 12, "senior-leader", 3));
            for (String group : List.of("teacher", "teaching-assistant", "admin-support", "senior-leader")) {
                for (String token : small.links(group)) {
                    Browser browser = new Browser(platform.baseUri(), small.slug);
                    browser.post("survey/" + token, ANSWERS, browser.csrf("survey/" + token));
                }
            }
            small.lead.post(small.audit + "/steps", Map.of("step", "close-survey")).expectStatus(200);
            Histogram disclosure = new Histogram(3_600_000_000L, 3);
            for (int i = 0; i < 200; i++) {
                long sent = System.nanoTime();
                small.lead.get(small.audit + "/survey").expectStatus(200);
                disclosure.recordValue((System.nanoTime() - sent) / 1000);
            }
            report.add("| disclosure of a closed survey, 120 respondents, 4 staff groups, 15 items in 6 areas | p50 ms | p99 ms |");
            report.add("|---|---|---|");
            report.add(String.format("| GET …/audits/{id}/survey (the core reads, files and discloses; 200 requests) | %.1f | %.1f |",
                    disclosure.getValueAtPercentile(50) / 1000.0, disclosure.getValueAtPercentile(99) / 1000.0));
        } finally {
            platform.close();
        }
        String text = String.join("\n", report) + "\n";
        System.out.println(text);
        String out = System.getProperty("bench.survey.out");
        if (out != null) {
            Files.writeString(Path.of(out), text);
        }
        System.exit(0);
    }

    /** A school with staff by group, the CPD audit enabled and its survey open. */
    private record School(String slug, ApiClient lead, String audit, String code, JsonNode links) {

        List<String> links(String group) {
            List<String> tokens = new ArrayList<>();
            links.forEach(link -> {
                if (link.path("staffGroup").asText().equals(group)) {
                    tokens.add(link.path("token").asText());
                }
            });
            return tokens;
        }
    }

    private static School school(RunningPlatform platform, Map<String, Integer> staff) {
        String slug = platform.newTenant("survey", "trust");
        String urn = String.valueOf(800000 + Math.abs(slug.hashCode() % 100000));
        String school = platform.newSchool(slug, urn, "secondary").path("id").asText();
        ApiClient executive = platform.member(slug, "trust-executive");
        executive.put("/api/t/" + slug + "/modules/cpd-audit", Map.of("enabled", true)).expectStatus(200);
        String csv = "name,email,staff_group,fte,start_date,school_urn\n" + staff.entrySet().stream()
                .flatMap(group -> java.util.stream.IntStream.range(0, group.getValue()).mapToObj(i ->
                        group.getKey() + " " + i + "," + group.getKey() + "." + i + "@" + urn + ".example," + group.getKey()
                                + ",1.0,2021-09-01," + urn))
                .collect(Collectors.joining("\n")) + "\n";
        executive.send("POST", "/api/t/" + slug + "/staff/import", "text/csv", csv);
        executive.post("/api/t/" + slug + "/role-assignments", Map.of("subject", "lead@" + slug, "name", "Lead", "role", "cpd-lead",
                "schoolUrn", urn)).expectStatus(201);
        ApiClient lead = platform.accountOnly("lead@" + slug, List.of("cpd-lead"), List.of(slug));
        String years = executive.get("/api/t/" + slug + "/years").expectStatus(200).json().findValuesAsText("label").stream()
                .sorted().reduce((first, second) -> second).orElseThrow();
        String audit = "/api/t/" + slug + "/m/cpd-audit/audits/" + lead.post("/api/t/" + slug + "/m/cpd-audit/audits",
                Map.of("schoolId", school, "academicYear", years)).expectStatus(201).json().path("audit").path("id").asText();
        String code = lead.post(audit + "/steps", Map.of("step", "open-survey")).expectStatus(200).json().path("surveyCode").asText();
        return new School(slug, lead, audit, code, lead.get(audit + "/survey/links").expectStatus(200).json());
    }

    /** One phone: a cookie jar, the form's CSRF token, redirects not followed. */
    private static final class Browser {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final URI base;

        Browser(URI platform, String slug) {
            this.base = platform.resolve("s/" + slug + "/cpd-audit/");
        }

        String csrf(String path) throws Exception {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF.matcher(page.body());
            if (!token.find()) {
                throw new IllegalStateException(path + " answered " + page.statusCode() + " with no form");
            }
            return token.group(1);
        }

        /** Enters the school code; the path of the questionnaire it leads to. */
        String enterCode(String code) throws Exception {
            HttpResponse<String> entered = http.send(form("survey", Map.of("code", code), csrf("survey")), HttpResponse.BodyHandlers.ofString());
            String location = entered.headers().firstValue("Location").orElseThrow();
            return location.substring(location.indexOf("survey/code/"));
        }

        int post(String path, Map<String, String> fields, String csrf) throws Exception {
            return http.send(form(path, fields, csrf), HttpResponse.BodyHandlers.ofString()).statusCode();
        }

        private HttpRequest form(String path, Map<String, String> fields, String csrf) {
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("csrf", csrf);
            String body = all.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        }
    }
}
