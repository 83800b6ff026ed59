package org.canopy.plugins.cpdaudit.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import org.canopy.platform.testkit.ApiClient;
import org.canopy.platform.testkit.ApiResponse;
import org.canopy.platform.testkit.RunningPlatform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh trust for a CPD audit scenario: two schools, staff at the first (teachers and support
 * staff), the module enabled, and people in every audit role, each scoped as in real life.
 */
final class AuditTrust {

    static final String MODULE = "cpd-audit";
    static final List<String> AREAS = List.of("creating-the-climate", "leadership", "systems-and-processes", "identifying-needs",
            "approaches-and-methods", "evaluating-impact");

    private static final AtomicInteger URNS = new AtomicInteger(730000);

    final RunningPlatform platform;
    final String slug;
    final String api;
    final ApiClient executive;
    final String firstSchool;
    final String secondSchool;
    final String currentYear;
    final String previousYear;

    AuditTrust(RunningPlatform platform, String prefix, int teachers, int supportStaff) {
        this.platform = platform;
        slug = platform.newTenant(prefix, "trust");
        String base = "/api/t/" + slug;
        api = base + "/m/" + MODULE;
        firstSchool = platform.newSchool(slug, String.valueOf(URNS.incrementAndGet()), "primary").path("id").asText();
        secondSchool = platform.newSchool(slug, String.valueOf(URNS.incrementAndGet()), "secondary").path("id").asText();
        executive = platform.member(slug, "trust-executive");
        executive.put(base + "/modules/" + MODULE, Map.of("enabled", true)).expectStatus(200);
        String firstUrn = urnOf(firstSchool);
        for (int i = 0; i < teachers; i++) {
            executive.post(base + "/staff", staff("Teacher " + i, "teacher", firstUrn)).expectStatus(201);
        }
        for (int i = 0; i < supportStaff; i++) {
            executive.post(base + "/staff", staff("Support " + i, "admin-support", firstUrn)).expectStatus(201);
        }
        assign("lead@" + slug, "cpd-lead", firstUrn);
        assign("head@" + slug, "headteacher", firstUrn);
        assign("other-lead@" + slug, "cpd-lead", urnOf(secondSchool));
        List<String> years = new ArrayList<>();
        executive.get(base + "/years").expectStatus(200).json().forEach(year -> years.add(year.path("label").asText()));
        years.sort(String::compareTo);
        previousYear = years.get(years.size() - 2);
        currentYear = years.get(years.size() - 1);
    }

    ApiClient lead() {
        return platform.accountOnly("lead@" + slug, List.of("cpd-lead"), List.of(slug));
    }

    ApiClient headteacher() {
        return platform.accountOnly("head@" + slug, List.of("headteacher"), List.of(slug));
    }

    ApiClient otherSchoolsLead() {
        return platform.accountOnly("other-lead@" + slug, List.of("cpd-lead"), List.of(slug));
    }

    ApiClient director() {
        return platform.member(slug, "trust-cpd-director");
    }

    ApiClient governor() {
        return platform.member(slug, "governor");
    }

    /** Starts the first school's audit for {@code year}; returns its id. */
    String startAudit(String year) {
        return lead().post(api + "/audits", Map.of("schoolId", firstSchool, "academicYear", year)).expectStatus(201)
                .json().path("audit").path("id").asText();
    }

    /** The audit opened, answered by nobody, closed, judged and with two priorities: ready for moderation. */
    void readyForModeration(String audit, Map<String, String> levels) {
        lead().post(api + "/audits/" + audit + "/steps", Map.of("step", "open-survey")).expectStatus(200);
        lead().post(api + "/audits/" + audit + "/steps", Map.of("step", "close-survey")).expectStatus(200);
        judgeAll(audit, levels);
        choosePriorities(audit, "leadership", "evaluating-impact").expectStatus(200);
    }

    /** Everything a publication needs: survey opened and closed, every area judged, two priorities; then moderated and published. */
    JsonNode runToPublished(String audit, Map<String, String> levels) {
        readyForModeration(audit, levels);
        director().post(api + "/audits/" + audit + "/steps", Map.of("step", "moderate")).expectStatus(200);
        return headteacher().post(api + "/audits/" + audit + "/steps", Map.of("step", "publish")).expectStatus(200).json();
    }

    void judgeAll(String audit, Map<String, String> levels) {
        levels.forEach((area, level) -> lead().put(api + "/audits/" + audit + "/judgements/" + area,
                Map.of("level", level, "rationale", "Seen in the CPD log and lesson visits.")).expectStatus(204));
    }

    ApiResponse choosePriorities(String audit, String... areas) {
        List<Map<String, String>> priorities = new ArrayList<>();
        for (String area : areas) {
            priorities.add(Map.of("areaKey", area, "title", "Improve " + area));
        }
        return lead().put(api + "/audits/" + audit + "/priorities", priorities);
    }

    static Map<String, String> allAt(String level) {
        Map<String, String> levels = new HashMap<>();
        AREAS.forEach(area -> levels.put(area, level));
        return levels;
    }

    String urnOf(String schoolId) {
        return executive.get("/api/t/" + slug + "/schools/" + schoolId).expectStatus(200).json().path("urn").asText();
    }

    private void assign(String subject, String role, String urn) {
        executive.post("/api/t/" + slug + "/role-assignments", Map.of("subject", subject, "name", "Test " + role, "role", role,
                "schoolUrn", urn)).expectStatus(201);
    }

    private static Map<String, Object> staff(String name, String group, String urn) {
        return Map.of("name", name, "email", name.toLowerCase().replace(' ', '.') + "@" + urn + ".example", "staffGroup", group,
                "fte", 1.0, "startedOn", "2021-09-01", "schoolUrn", urn);
    }
}
