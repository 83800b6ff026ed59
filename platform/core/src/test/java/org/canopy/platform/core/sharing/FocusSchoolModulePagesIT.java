package org.canopy.platform.core.sharing;

import org.canopy.platform.testkit.ApiClient;
import org.canopy.platform.testkit.CanopyPlatform;
import org.canopy.platform.testkit.HeadlessChromium;
import org.canopy.platform.testkit.RunningPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hub's adviser opens the test module's pages on a focus school from the focus-schools page:
 * inside the hub's layout, with the school's notes only, a form whose redirect and flash come back
 * to the same address, and the attachment downloaded from there; another school is the 404 page.
 */
@ExtendWith(CanopyPlatform.class)
class FocusSchoolModulePagesIT {

    private static final String MODULE = "test-module";
    private static WebDriver browser;

    @BeforeAll
    static void chromium() {
        browser = HeadlessChromium.start("1280,900");
    }

    @AfterAll
    static void closeBrowser() {
        browser.quit();
    }

    @Test
    void theAdviserOpensTheGrantedModuleOnTheSchoolInsideTheHubsConsole(RunningPlatform platform) throws Exception {
        String trust = platform.newTenant("focus-pages-trust", "trust");
        String hub = platform.newTenant("focus-pages-hub", "hub");
        String granted = platform.newSchool(trust, "830001", "primary").path("id").asText();
        String other = platform.newSchool(trust, "830002", "primary").path("id").asText();
        ApiClient executive = platform.member(trust, "trust-executive");
        executive.put("/api/t/" + trust + "/modules/" + MODULE, Map.of("enabled", true)).expectStatus(200);
        String trustNotes = "/api/t/" + trust + "/m/" + MODULE + "/notes";
        executive.post(trustNotes, Map.of("text", "granted school's note", "schoolId", granted)).expectStatus(201);
        executive.post(trustNotes, Map.of("text", "other school's note", "schoolId", other)).expectStatus(201);
        executive.post("/api/t/" + trust + "/sharing-grants", Map.of("hub", hub, "schoolUrn", "830001", "module", MODULE,
                "access", "contribute", "until", LocalDate.now().plusDays(30).toString())).expectStatus(201);
        String adviser = "adviser@" + hub;
        platform.as(adviser, List.of("expert-adviser"), List.of(hub));

        HeadlessChromium.signOutIfNeeded(browser, platform.baseUri());
        browser.get(platform.baseUri() + "t/" + hub + "/focus-schools");
        HeadlessChromium.signIn(browser, adviser);
        WebElement open = HeadlessChromium.waitFor(browser, By.cssSelector("#school-" + trust + "-830001 a"));
        assertThat(open.getText()).startsWith("Open Test module");
        open.click();

        HeadlessChromium.waitFor(browser, By.id("module-heading"));
        String moduleRoot = "/t/" + hub + "/focus-schools/" + trust + "/830001/m/" + MODULE + "/";
        assertThat(browser.getCurrentUrl()).endsWith(moduleRoot);
        assertThat(browser.findElements(By.cssSelector(".govuk-breadcrumbs__link")).stream().map(WebElement::getText))
                .containsExactly("Home", "Focus schools", "School 830001", "Test module");
        assertThat(browser.findElement(By.id("tenant")).getText()).isEqualTo("Test " + hub);
        assertThat(browser.findElement(By.id("notes")).getText()).contains("granted school's note").doesNotContain("other school's note");

        Path agenda = Files.createTempFile("visit", ".txt");
        Files.writeString(agenda, "Record of visit: coaching cycle\n");
        browser.findElement(By.id("text")).sendKeys("Moderation visit");
        browser.findElement(By.id("attachment")).sendKeys(agenda.toString());
        browser.findElement(By.id("add-note")).click();
        assertThat(HeadlessChromium.waitFor(browser, By.id("flash")).getText()).isEqualTo("Note added with " + agenda.getFileName());
        assertThat(browser.getCurrentUrl()).endsWith(moduleRoot);
        assertThat(executive.get(trustNotes).json()).extracting(n -> n.path("text").asText() + " " + n.path("schoolId").asText())
                .contains("Moderation visit " + granted);

        String attachment = browser.findElement(By.partialLinkText(agenda.getFileName().toString())).getAttribute("href");
        assertThat(attachment).contains(moduleRoot + "notes/");
        HttpResponse<String> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(attachment))
                .header("Cookie", "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo("Record of visit: coaching cycle\n");

        browser.get(platform.baseUri() + "t/" + hub + "/focus-schools/" + trust + "/830002/m/" + MODULE + "/");
        assertThat(HeadlessChromium.waitFor(browser, By.tagName("h1")).getText()).isEqualTo("Page not found");

        assertThat(executive.get("/api/t/" + trust + "/audit").json())
                .filteredOn(e -> e.path("action").asText().equals("GRANTED_ACCESS"))
                .extracting(e -> e.path("summary").asText())
                .anySatisfy(summary -> assertThat(summary).contains("used " + MODULE + " on 830001: POST " + moduleRoot));
    }
}
