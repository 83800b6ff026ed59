package org.canopy.platform.core.years;

import com.fasterxml.jackson.databind.JsonNode;
import org.canopy.platform.testkit.ApiClient;
import org.canopy.platform.testkit.ApiResponse;
import org.canopy.platform.testkit.CanopyPlatform;
import org.canopy.platform.testkit.RunningPlatform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(CanopyPlatform.class)
class AcademicYearApiIT {

    private ApiClient director;
    private String years;

    @BeforeEach
    void newTrust(RunningPlatform platform) {
        String tenant = platform.newTenant("years", "trust");
        director = platform.member(tenant, "trust-cpd-director");
        years = "/api/t/" + tenant + "/years";
    }

    @Test
    void aNewTenantHasTheCurrentAndPreviousAcademicYears() {
        LocalDate today = LocalDate.now();
        int start = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        JsonNode list = director.get(years).expectStatus(200).json();
        assertThat(list).extracting(y -> y.path("label").asText())
                .containsExactly(start + "/" + String.format("%02d", (start + 1) % 100),
                        (start - 1) + "/" + String.format("%02d", start % 100));
        JsonNode current = list.get(0);
        assertThat(current.path("startsOn").asText()).isEqualTo(start + "-09-01");
        assertThat(current.path("endsOn").asText()).isEqualTo((start + 1) + "-08-31");
        assertThat(current.path("terms").path("autumn").path("startsOn").asText()).isEqualTo(start + "-09-01");
    }

    @Test
    void createsAYearAndChangesItsTermDatesWithIfMatch() {
        ApiResponse created = director.post(years, Map.of("label", "2030/31")).expectStatus(201);
        assertThat(created.json().path("key").asText()).isEqualTo("2030-31");
        director.post(years, Map.of("label", "2030/31")).expectProblem(409);

        Map<String, Object> terms = Map.of(
                "autumn", Map.of("startsOn", "2030-09-03", "endsOn", "2030-12-20"),
                "spring", Map.of("startsOn", "2031-01-06", "endsOn", "2031-04-04"),
                "summer", Map.of("startsOn", "2031-04-22", "endsOn", "2031-07-23"));
        ApiResponse changed = director.withHeader("If-Match", created.etag()).put(years + "/2030-31/terms", terms).expectStatus(200);
        assertThat(changed.json().path("terms").path("spring").path("endsOn").asText()).isEqualTo("2031-04-04");
        director.withHeader("If-Match", created.etag()).put(years + "/2030-31/terms", terms).expectProblem(412);

        Map<String, Object> overlapping = Map.of(
                "autumn", Map.of("startsOn", "2030-09-03", "endsOn", "2031-01-10"),
                "spring", Map.of("startsOn", "2031-01-06", "endsOn", "2031-04-04"),
                "summer", Map.of("startsOn", "2031-04-22", "endsOn", "2031-09-23"));
        JsonNode problem = director.withHeader("If-Match", changed.etag()).put(years + "/2030-31/terms", overlapping)
                .expectProblem(400).json();
        assertThat(problem.path("errors")).extracting(e -> e.path("field").asText()).contains("terms.spring", "terms.summer");
        assertThat(director.get(years + "/2030-31").json().path("terms").path("autumn").path("endsOn").asText())
                .isEqualTo("2030-12-20");
    }

    @Test
    void rejectsLabelsThatAreNotAcademicYears() {
        for (String label : new String[] {"2030/32", "2030", "30/31", "next year"}) {
            director.post(years, Map.of("label", label)).expectProblem(400);
        }
        director.post(years, Map.of()).expectProblem(400);
        director.get(years + "/2099-00").expectProblem(404);
        assertThat(director.get(years).json()).hasSize(2);
    }
}
