package org.canopy.plugins.cpdaudit.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import org.canopy.platform.testkit.CanopyPlatform;
import org.canopy.platform.testkit.RunningPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The five ways the CPD audit's survey gave people away (issue 12), each tried again on the core's
 * survey service: as a curious reader, as someone with the school code, and from the database.
 */
@ExtendWith(CanopyPlatform.class)
class SurveyFindingsIT {

    private static final Map<String, String> ANSWERS = Map.of("climate-all-staff", "4", "leadership-serious", "5");

    @Test
    void liveResultsAndUsedLinksGiveNobodyAway(RunningPlatform platform) {
        AuditTrust trust = new AuditTrust(platform, "live", 6, 3);
        Opened survey = open(trust);
        String before = trust.lead().get(survey.api + "/survey").expectStatus(200).json().toString();
        PublicPage phone = new PublicPage(platform.baseUri());
        String unusedPage = withoutCsrf(phone.get(survey.link(0)).body());
        assertThat(phone.submit(survey.link(0), ANSWERS).statusCode()).isBetween(302, 303);

        assertThat(trust.lead().get(survey.api + "/survey").json().toString()).as("one answer changes nothing a reader sees").isEqualTo(before);
        PublicPage lead = new PublicPage(platform.baseUri());
        assertThat(withoutCsrf(lead.get(survey.link(0)).body())).as("the used link's page is the unused link's page").isEqualTo(unusedPage);
        HttpResponse<String> resent = lead.submit(survey.link(0), ANSWERS);
        HttpResponse<String> first = lead.submit(survey.link(1), ANSWERS);
        assertThat(resent.statusCode()).as("a used link's form answers as a first answer does").isEqualTo(first.statusCode());
        assertThat(resent.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
    }

    @Test
    void anAreaIsShownOnlyForFiveWhoAnsweredIt(RunningPlatform platform) {
        AuditTrust trust = new AuditTrust(platform, "per-answer", 6, 0);
        Opened survey = open(trust);
        for (int i = 0; i < 5; i++) {
            assertThat(new PublicPage(platform.baseUri()).submit(survey.link(i), Map.of("climate-all-staff", "4")).statusCode()).isBetween(302, 303);
        }
        assertThat(new PublicPage(platform.baseUri()).submit(survey.link(5), Map.of("leadership-serious", "1")).statusCode()).isBetween(302, 303);
        trust.lead().post(survey.api + "/steps", Map.of("step", "close-survey")).expectStatus(200);

        JsonNode results = trust.lead().get(survey.api + "/survey").expectStatus(200).json();
        assertThat(results.path("respondents").asInt()).isEqualTo(6);
        assertThat(results.path("meanAgreementByArea").path("creating-the-climate").asDouble()).isEqualTo(4.0);
        assertThat(results.path("meanAgreementByArea").has("leadership")).as("one person answered leadership").isFalse();
    }

    @Test
    void theSchoolCodeTakesNoMoreThanTheGroupsMissingAnswersNorALinkHoldersSecond(RunningPlatform platform) {
        AuditTrust trust = new AuditTrust(platform, "code", 5, 1);
        Opened survey = open(trust);
        PublicPage teacher = new PublicPage(platform.baseUri());
        assertThat(teacher.submit(survey.link(0), ANSWERS).statusCode()).isBetween(302, 303);
        assertThat(byCode(teacher, survey, "teacher").statusCode()).as("answered by link in this browser").isEqualTo(409);

        assertThat(byCode(new PublicPage(platform.baseUri()), survey, "admin-support").statusCode()).isBetween(302, 303);
        assertThat(byCode(new PublicPage(platform.baseUri()), survey, "admin-support").statusCode())
                .as("the one support member's place is taken").isEqualTo(400);
        for (int i = 0; i < 4; i++) {
            assertThat(byCode(new PublicPage(platform.baseUri()), survey, "teacher").statusCode()).isBetween(302, 303);
        }
        assertThat(byCode(new PublicPage(platform.baseUri()), survey, "teacher").statusCode())
                .as("five teachers: one by link, four by code").isEqualTo(400);
    }

    @Test
    void wrongCodesFromOneAddressAreLimited(RunningPlatform platform) {
        AuditTrust trust = new AuditTrust(platform, "guess", 5, 0);
        Opened survey = open(trust);
        PublicPage guesser = new PublicPage(platform.baseUri());
        for (int i = 0; i < 10; i++) {
            assertThat(guesser.submit(survey.codePage(), Map.of("code", "WRONG" + i)).statusCode()).isEqualTo(400);
        }
        HttpResponse<String> right = guesser.submit(survey.codePage(), Map.of("code", survey.code()));
        assertThat(right.statusCode()).as("even the right code, after ten wrong ones in ten minutes").isEqualTo(400);
        assertThat(right.body()).containsIgnoringCase("too many attempts");
    }

    @Test
    void noQueryJoinsAResponseToAnInvitationAndNoModuleReadsEither(RunningPlatform platform) throws SQLException {
        AuditTrust trust = new AuditTrust(platform, "unlinkable", 7, 0);
        Opened survey = open(trust);
        for (int i = 0; i < 6; i++) {
            assertThat(new PublicPage(platform.baseUri()).submit(survey.link(i), ANSWERS).statusCode()).isBetween(302, 303);
        }
        trust.lead().post(survey.api + "/steps", Map.of("step", "close-survey")).expectStatus(200);

        try (Connection app = platform.connectAsApp()) {
            app.setAutoCommit(false);
            setTenant(app, trust.slug);
            Set<String> invitationTransactions = strings(app, "select xmin::text from staff_survey_invitee where used");
            List<String> responseTransactions = list(app, "select xmin::text from staff_survey_response");
            assertThat(invitationTransactions).hasSize(6);
            assertThat(responseTransactions).hasSize(6).doesNotContainAnyElementsOf(invitationTransactions);
            // the first five filed together while open; the sixth when the survey closed
            assertThat(responseTransactions.stream().filter(responseTransactions.get(0)::equals).count()
                    + responseTransactions.stream().filter(responseTransactions.get(5)::equals).count()).isGreaterThanOrEqualTo(6);
            assertThat(new HashSet<>(responseTransactions)).hasSizeLessThanOrEqualTo(2);
            assertThat(strings(app, "select column_name from information_schema.columns where table_name = 'staff_survey_response'"))
                    .containsExactlyInAnyOrder("tenant_id", "id", "survey_id", "staff_group", "answers", "answered_on");
            app.rollback();
            app.setAutoCommit(true);
            try (Statement module = app.createStatement()) {
                module.execute("set role canopy_module");
                for (String table : List.of("staff_survey_response", "staff_survey_waiting", "staff_survey_invitee", "staff_survey",
                        "staff_survey_code_quota")) {
                    assertThatThrownBy(() -> module.executeQuery("select * from " + table)).as(table)
                            .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
                }
                module.execute("reset role");
            }
        }
    }

    @Test
    void parallelCodeAnswersForAOnePersonGroupTakeExactlyOne(RunningPlatform platform) throws Exception {
        AuditTrust trust = new AuditTrust(platform, "race", 5, 1);
        Opened survey = open(trust);
        List<PublicPage> phones = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            PublicPage phone = new PublicPage(platform.baseUri());
            phones.add(phone);
            forms.add(phone.submit(survey.codePage(), Map.of("code", survey.code)).headers().firstValue("Location").orElseThrow());
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Future<Integer>> sent = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            PublicPage phone = phones.get(i);
            String form = forms.get(i).substring(forms.get(i).indexOf("s/" + trust.slug));
            Map<String, String> answers = new HashMap<>(ANSWERS);
            answers.put("staffGroup", "admin-support");
            sent.add(pool.submit(() -> phone.submit(form, answers).statusCode()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> status : sent) {
            statuses.add(status.get());
        }
        pool.shutdown();
        assertThat(statuses.stream().filter(status -> status == 302 || status == 303)).hasSize(1);
        assertThat(statuses.stream().filter(status -> status == 400)).hasSize(11);

        trust.lead().post(survey.api + "/steps", Map.of("step", "close-survey")).expectStatus(200);
        assertThat(trust.lead().get(survey.api + "/survey").expectStatus(200).json().path("respondents").asInt()).isEqualTo(1);
        trust.lead().get(survey.api + "/report").expectStatus(200);
        trust.executive.get("/api/t/" + trust.slug + "/insights/comparison?year=" + trust.currentYear).expectStatus(200);
    }

    private record Opened(String api, String code, List<String> links, String slug) {

        String link(int index) {
            return "s/" + slug + "/cpd-audit/survey/" + links.get(index);
        }

        String codePage() {
            return "s/" + slug + "/cpd-audit/survey";
        }
    }

    private static Opened open(AuditTrust trust) {
        String api = trust.api + "/audits/" + trust.startAudit(trust.currentYear);
        String code = trust.lead().post(api + "/steps", Map.of("step", "open-survey")).expectStatus(200).json().path("surveyCode").asText();
        List<String> links = new ArrayList<>();
        trust.lead().get(api + "/survey/links").expectStatus(200).json().forEach(link -> {
            if (link.path("staffGroup").asText().equals("teacher")) {
                links.add(link.path("token").asText());
            }
        });
        return new Opened(api, code, links, trust.slug);
    }

    private static HttpResponse<String> byCode(PublicPage phone, Opened survey, String group) {
        String form = phone.submit(survey.codePage(), Map.of("code", survey.code())).headers().firstValue("Location").orElseThrow();
        Map<String, String> answers = new HashMap<>(ANSWERS);
        answers.put("staffGroup", group);
        return phone.submit(form.substring(form.indexOf("s/" + survey.slug())), answers);
    }

    private static String withoutCsrf(String page) {
        return page.replaceAll("name=\"csrf\" value=\"[^\"]*\"", "");
    }

    private static void setTenant(Connection app, String slug) throws SQLException {
        try (PreparedStatement set = app.prepareStatement(
                "select set_config('canopy.tenant_id', (select id::text from tenant where slug = ?), true)")) {
            set.setString(1, slug);
            set.execute();
        }
    }

    private static Set<String> strings(Connection connection, String sql) throws SQLException {
        return new HashSet<>(list(connection, sql));
    }

    private static List<String> list(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
