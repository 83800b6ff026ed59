package org.canopy.platform.core.schools;

import org.canopy.platform.testkit.ApiResponse;
import org.canopy.platform.testkit.CanopyPlatform;
import org.canopy.platform.testkit.RunningPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(CanopyPlatform.class)
class SchoolApiIT {

    @Test
    void smoke(RunningPlatform platform) {
        String tenant = platform.newTenant("smoke", "trust");
        platform.newSchool(tenant, "100001", "primary");
        ApiResponse list = platform.member(tenant, "teacher").get("/api/t/" + tenant + "/schools");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().get(0).path("urn").asText()).isEqualTo("100001");
        System.out.println(list);
        System.out.println(platform.member(tenant, "teacher").get("/api/t/" + tenant + "/years"));
        System.out.println(platform.member(tenant, "teacher").get("/api/t/" + tenant + "/audit"));
        System.out.println(platform.anonymous().get("/openapi").text().substring(0, 300));
    }
}
