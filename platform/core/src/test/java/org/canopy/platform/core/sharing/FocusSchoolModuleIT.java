package org.canopy.platform.core.sharing;

import com.fasterxml.jackson.databind.JsonNode;
import org.canopy.platform.testkit.ApiClient;
import org.canopy.platform.testkit.CanopyPlatform;
import org.canopy.platform.testkit.RunningPlatform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hub's adviser uses the test module on a focus school through
 * {@code /api/t/{hub}/focus-schools/{trust}/{urn}/m/test-module/…}: in the trust's tenant, with one
 * role at that one school, as far as the grant allows, every use in the trust's audit log; and
 * without an active grant for exactly that school and module, nothing but 404.
 */
@ExtendWith(CanopyPlatform.class)
class FocusSchoolModuleIT {

    private static final String MODULE = "test-module";
    private static final String GRANTED_URN = "820001";
    private static final String OTHER_URN = "820002";

    private RunningPlatform platform;
    private String trust;
    private String hub;
    private String grantedSchool;
    private String otherSchool;
    private ApiClient executive;
    private ApiClient adviser;

    /** A trust of two schools, each with a note and a member of staff, using the test module; a hub with an adviser. */
    @BeforeEach
    void trustAndHub(RunningPlatform running) {
        platform = running;
        trust = platform.newTenant("focus-trust", "trust");
        hub = platform.newTenant("focus-hub", "hub");
        grantedSchool = platform.newSchool(trust, GRANTED_URN, "primary").path("id").asText();
        otherSchool = platform.newSchool(trust, OTHER_URN, "secondary").path("id").asText();
        executive = platform.member(trust, "trust-executive");
        executive.put("/api/t/" + trust + "/modules/" + MODULE, Map.of("enabled", true)).expectStatus(200);
        for (String[] school : List.of(new String[]{GRANTED_URN, grantedSchool, "Ada"}, new String[]{OTHER_URN, otherSchool, "Bea"})) {
            executive.post("/api/t/" + trust + "/staff", Map.of("name", school[2], "staffGroup", "teacher", "fte", 1,
                    "startedOn", "2022-09-01", "schoolUrn", school[0])).expectStatus(201);
            executive.post(trustNotes(), Map.of("text", "note of " + school[0], "schoolId", school[1])).expectStatus(201);
        }
        adviser = platform.member(hub, "expert-adviser");
    }

    @Test
    void withAContributeGrantTheAdviserWorksOnThatSchoolAloneInTheTrustAndTheTrustSeesEveryUse() {
        grant(GRANTED_URN, MODULE, "contribute");

        JsonNode whoami = adviser.get(focus(hub, GRANTED_URN) + "/whoami").expectStatus(200).json();
        assertThat(whoami.path("tenant").asText()).isEqualTo(trust);
        assertThat(whoami.path("kind").asText()).isEqualTo("TRUST");
        assertThat(whoami.path("caller").asText()).isEqualTo("expert-adviser@" + hub);
        assertThat(whoami.path("scopes")).extracting(s -> s.path("role").asText() + " " + s.path("school").asText())
                .containsExactly("expert-adviser " + grantedSchool);
        assertThat(whoami.path("schools")).extracting(JsonNode::asText).containsExactly(GRANTED_URN);
        assertThat(whoami.path("staff")).extracting(JsonNode::asText).containsExactly("Ada");
        assertThat(texts(adviser.get(focus(hub, GRANTED_URN) + "/school-notes").expectStatus(200).json()))
                .containsExactly("note of " + GRANTED_URN);

        adviser.post(focus(hub, GRANTED_URN) + "/school-notes", Map.of("text", "moderated", "schoolId", grantedSchool))
                .expectStatus(201);
        adviser.post(focus(hub, GRANTED_URN) + "/school-notes", Map.of("text", "intrusion", "schoolId", otherSchool))
                .expectProblem(403);
        assertThat(executive.get(trustNotes()).json()).extracting(n -> n.path("text").asText() + " " + n.path("schoolId").asText())
                .contains("moderated " + grantedSchool).noneMatch(note -> note.startsWith("intrusion"));

        assertThat(executive.get("/api/t/" + trust + "/audit").json())
                .filteredOn(e -> e.path("action").asText().equals("GRANTED_ACCESS"))
                .extracting(e -> e.path("actor").asText() + " " + e.path("summary").asText())
                .anySatisfy(entry -> assertThat(entry).startsWith("expert-adviser@" + hub + " " + hub + " used " + MODULE
                        + " on " + GRANTED_URN + ": POST /api/t/" + hub + "/focus-schools/" + trust + "/" + GRANTED_URN
                        + "/m/" + MODULE + "/school-notes under grant "))
                .hasSize(4);
        assertThat(adviser.get("/api/t/" + hub + "/audit").json()).noneMatch(e -> e.path("action").asText().equals("GRANTED_ACCESS"));
    }

    @Test
    void withAReadGrantTheAdviserReadsAndTheModuleRefusesWrites() {
        grant(GRANTED_URN, MODULE, "read");

        JsonNode whoami = adviser.get(focus(hub, GRANTED_URN) + "/whoami").expectStatus(200).json();
        assertThat(whoami.path("scopes")).extracting(s -> s.path("role").asText() + " " + s.path("school").asText())
                .containsExactly("expert-adviser-reader " + grantedSchool);
        assertThat(texts(adviser.get(focus(hub, GRANTED_URN) + "/school-notes").expectStatus(200).json()))
                .containsExactly("note of " + GRANTED_URN);
        adviser.post(focus(hub, GRANTED_URN) + "/school-notes", Map.of("text", "moderated", "schoolId", grantedSchool))
                .expectProblem(403);
        assertThat(texts(executive.get(trustNotes()).json())).doesNotContain("moderated");
    }

    @Test
    void theHubsLeadMayUseAGrantedModuleToo() {
        grant(GRANTED_URN, MODULE, "read");
        JsonNode whoami = platform.member(hub, "hub-lead").get(focus(hub, GRANTED_URN) + "/whoami").expectStatus(200).json();
        assertThat(whoami.path("caller").asText()).isEqualTo("hub-lead@" + hub);
    }

    @Test
    void withoutAGrantForExactlyThatSchoolAndModuleEveryoneGets404() {
        grant(GRANTED_URN, MODULE, "contribute");
        grant(OTHER_URN, "cpd-audit", "contribute");
        String otherHub = platform.newTenant("focus-other-hub", "hub");

        adviser.get(focus(hub, GRANTED_URN) + "/whoami").expectStatus(200);
        List.of(adviser.get(focus(hub, OTHER_URN) + "/whoami"),
                adviser.get(focus(hub, "999999") + "/whoami"),
                adviser.get("/api/t/" + hub + "/focus-schools/no-such-trust/" + GRANTED_URN + "/m/" + MODULE + "/whoami"),
                adviser.get("/api/t/" + hub + "/focus-schools/" + trust + "/" + OTHER_URN + "/m/cpd-audit/whoami"),
                adviser.post(focus(hub, OTHER_URN) + "/notes", Map.of("text", "intrusion")),
                platform.member(hub, "teacher").get(focus(hub, GRANTED_URN) + "/whoami"),
                platform.member(hub, "governor").get(focus(hub, GRANTED_URN) + "/whoami"),
                platform.member(hub, "trust-executive").get(focus(hub, GRANTED_URN) + "/whoami"),
                platform.member(otherHub, "expert-adviser").get(focus(otherHub, GRANTED_URN) + "/whoami"),
                executive.get(focus(trust, GRANTED_URN) + "/whoami"),
                platform.member(trust, "expert-adviser").get(focus(trust, GRANTED_URN) + "/whoami"))
                .forEach(response -> response.expectProblem(404));
        assertThat(texts(executive.get(trustNotes()).json())).doesNotContain("intrusion");
    }

    @Test
    void aRevokedGrantEndsTheAccess() {
        String id = grant(GRANTED_URN, MODULE, "contribute");
        adviser.get(focus(hub, GRANTED_URN) + "/whoami").expectStatus(200);
        executive.delete("/api/t/" + trust + "/sharing-grants/" + id).expectStatus(204);
        adviser.get(focus(hub, GRANTED_URN) + "/whoami").expectProblem(404);
    }

    @Test
    void anExpiredGrantEndsTheAccess() throws Exception {
        String id = grant(GRANTED_URN, MODULE, "contribute");
        adviser.get(focus(hub, GRANTED_URN) + "/whoami").expectStatus(200);
        try (Connection app = platform.connectAsApp();
             PreparedStatement expire = app.prepareStatement("update sharing_grant set until = current_date - 1 where id = ?")) {
            expire.setObject(1, UUID.fromString(id));
            assertThat(expire.executeUpdate()).isEqualTo(1);
        }
        adviser.get(focus(hub, GRANTED_URN) + "/whoami").expectProblem(404);
    }

    @Test
    void aModuleTheTrustDisabledIsGoneForTheHubToo() {
        grant(GRANTED_URN, MODULE, "contribute");
        adviser.get(focus(hub, GRANTED_URN) + "/whoami").expectStatus(200);
        executive.put("/api/t/" + trust + "/modules/" + MODULE, Map.of("enabled", false)).expectStatus(200);
        adviser.get(focus(hub, GRANTED_URN) + "/whoami").expectProblem(404);
    }

    private String grant(String urn, String module, String access) {
        return executive.post("/api/t/" + trust + "/sharing-grants", Map.of("hub", hub, "schoolUrn", urn, "module", module,
                        "access", access, "until", LocalDate.now().plusDays(30).toString()))
                .expectStatus(201).json().path("id").asText();
    }

    /** The test module's routes on school {@code urn} of the trust, as seen from {@code tenant}. */
    private String focus(String tenant, String urn) {
        return "/api/t/" + tenant + "/focus-schools/" + trust + "/" + urn + "/m/" + MODULE;
    }

    private String trustNotes() {
        return "/api/t/" + trust + "/m/" + MODULE + "/notes";
    }

    private static List<String> texts(JsonNode notes) {
        return notes.findValuesAsText("text");
    }
}
