package org.canopy.platform.core.console;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.canopy.platform.testkit.ApiClient;
import org.canopy.platform.testkit.AccessibilityScan;
import org.canopy.platform.testkit.CanopyPlatform;
import org.canopy.platform.testkit.HeadlessChromium;
import org.canopy.platform.testkit.RunningPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in a real (headless) Chromium, as a trust CEO, a headteacher and a hub adviser use it:
 * the comparison (sort, filter, charts, CSV, board-pack PDF), staff import with a row report, a
 * plugin's page inside the layout, sharing with a hub, tenant isolation and an axe accessibility scan.
 */
@ExtendWith(CanopyPlatform.class)
class ConsoleIT {

    private static final String MODULE = "test-module";
    private static WebDriver browser;

    private RunningPlatform platform;
    private String trust;
    private String ceo;
    private String busiest;
    private String quiet;

    @BeforeAll
    static void chromium() {
        browser = HeadlessChromium.start("1400,1000");
    }

    @AfterAll
    static void closeBrowser() {
        browser.quit();
    }

    /** A trust of three schools with the test module's notes: two for one school, one for another, none for the third. */
    @BeforeEach
    void trustWithMetrics(RunningPlatform running) {
        platform = running;
        trust = platform.newTenant("console-ceo", "trust");
        busiest = platform.newSchool(trust, "710001", "primary").path("id").asText();
        quiet = platform.newSchool(trust, "710002", "primary").path("id").asText();
        platform.newSchool(trust, "710003", "secondary");
        ApiClient executive = platform.member(trust, "trust-executive");
        executive.put("/api/t/" + trust + "/modules/" + MODULE, Map.of("enabled", true)).expectStatus(200);
        String notes = "/api/t/" + trust + "/m/" + MODULE + "/notes";
        executive.post(notes, Map.of("text", "lesson study", "schoolId", busiest)).expectStatus(201);
        executive.post(notes, Map.of("text", "coaching", "schoolId", busiest)).expectStatus(201);
        executive.post(notes, Map.of("text", "inset day", "schoolId", quiet)).expectStatus(201);
        ceo = "ceo@" + trust;
        platform.as(ceo, List.of("trust-executive"), List.of(trust));
        signOutIfNeeded();
    }

    @Test
    void theCeoComparesSortsFiltersAndDownloadsTheBoardPack() throws Exception {
        open("/t/" + trust + "/compare");
        signIn(ceo);
        waitFor(By.id("comparison"));
        assertThat(rowNames()).containsExactly("School 710001", "School 710002", "School 710003");
        assertThat(cell("School 710003", MODULE + ".notes")).startsWith("no data");
        assertThat(cell("School 710001", MODULE + ".notes")).contains("2").contains("better");
        assertThat(cell("School 710001", MODULE + ".note-length")).as("12 and 8 characters, never rated")
                .startsWith("10").doesNotContain("better").doesNotContain("worse").doesNotContain("median");
        WebElement central = browser.findElement(By.id("trust-central"));
        assertThat(central.findElement(By.tagName("th")).getText()).isEqualTo("Trust (central)");
        assertThat(central.findElement(By.cssSelector("td[data-metric='" + MODULE + ".central-notes']")).getText())
                .as("the welcome note, written for the trust as a whole").startsWith("1");

        browser.findElement(By.cssSelector("a[data-sort='" + MODULE + ".notes']")).click();
        waitFor(By.id("comparison"));
        browser.findElement(By.cssSelector("a[data-sort='" + MODULE + ".notes']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("order=desc"));
        assertThat(rowNames()).as("most notes first, no data last").containsExactly("School 710001", "School 710002", "School 710003");

        new Select(browser.findElement(By.id("phase"))).selectByValue("secondary");
        browser.findElement(By.id("apply-filter")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("phase=secondary"));
        assertThat(rowNames()).containsExactly("School 710003");

        open("/t/" + trust + "/compare");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(driver -> driver.findElements(By.cssSelector("#charts .canopy-chart canvas")).size() >= 2);

        HttpResponse<byte[]> pdf = download("/t/" + trust + "/compare/board-pack.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        PdfReader reader = new PdfReader(pdf.body());
        assertThat(reader.getNumberOfPages()).as("cover, table, one chart per school metric (notes, note length, staff on record)")
                .isEqualTo(5);
        assertThat(new PdfTextExtractor(reader).getTextFromPage(2)).contains("School 710001", "School 710003", "no data",
                "not rated", "Trust (central)");

        HttpResponse<byte[]> csv = download("/t/" + trust + "/compare/export.csv?phase=primary");
        assertThat(new String(csv.body())).contains("School 710001").contains("School 710002").doesNotContain("School 710003")
                .contains("not rated").contains("\r\nTrust (central),,,");
    }

    /** The demo trust of tenants/, as the run command starts it: the manifest enabled the test module at start-up. */
    @Test
    void theDemoCeoSeesEveryDemoSchoolWithTheTestModulesMetric() {
        String demo = "riverside-learning-trust";
        String demoCeo = "ceo@riverside-trust.example";
        platform.as(demoCeo, List.of("trust-executive"), List.of(demo));
        open("/t/" + demo + "/compare");
        signIn(demoCeo);
        waitFor(By.id("comparison"));
        assertThat(rowNames()).hasSize(7).contains("Riverside Primary Academy", "Pennine Way All-Through Academy");
        assertThat(rowNames()).allSatisfy(school -> assertThat(cell(school, MODULE + ".staff-on-record")).matches("(?s)\\d+.*"));
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(driver -> driver.findElements(By.cssSelector("#charts .canopy-chart canvas")).size() >= 2);
        browser.findElement(By.id("sign-out")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/console/signed-out"));
    }

    @Test
    void anotherTenantsComparisonIsNotFound() throws Exception {
        String other = platform.newTenant("console-other", "trust");
        open("/t/" + trust + "/");
        signIn(ceo);
        waitFor(By.id("greeting"));
        assertThat(download("/t/" + other + "/compare").statusCode()).isEqualTo(404);
        assertThat(download("/t/" + other + "/schools").statusCode()).isEqualTo(404);
        open("/t/" + other + "/compare");
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Page not found");
        assertThat(browser.getPageSource()).doesNotContain("Test " + other);
    }

    @Test
    void aStaffCsvWithErrorsIsReportedByRowAndAGoodOneIsImportedAfterThePreview() throws IOException {
        open("/t/" + trust + "/staff/import");
        signIn(ceo);
        Path bad = Files.createTempFile("staff", ".csv");
        Files.writeString(bad, """
                name,email,school_urn,staff_group,fte,start_date
                Amina Begum,amina@example.org,710001,teacher,1.0,2021-09-01
                Ben Carter,ben@example.org,999999,teacher,1.0,2021-09-01
                Cara Doyle,cara@example.org,710002,teacher,1.7,2021-09-01
                """);
        waitFor(By.id("file")).sendKeys(bad.toString());
        browser.findElement(By.id("upload")).click();
        WebElement report = waitFor(By.id("row-errors"));
        assertThat(report.getText()).contains("school_urn").contains("fte");
        assertThat(report.findElements(By.cssSelector("tbody tr"))).extracting(row -> row.findElement(By.tagName("td")).getText())
                .containsExactly("3", "4");
        assertThat(platform.member(trust, "trust-executive").get("/api/t/" + trust + "/staff").json()).isEmpty();

        Path good = Files.createTempFile("staff", ".csv");
        Files.writeString(good, """
                name,email,school_urn,staff_group,fte,start_date
                Amina Begum,amina@example.org,710001,teacher,1.0,2021-09-01
                Cara Doyle,cara@example.org,710002,teaching-assistant,0.6,2022-01-04
                """);
        open("/t/" + trust + "/staff/import");
        waitFor(By.id("file")).sendKeys(good.toString());
        browser.findElement(By.id("upload")).click();
        assertThat(waitFor(By.id("preview")).getText()).contains("Amina Begum").contains("Cara Doyle");
        browser.findElement(By.id("confirm-import")).click();
        assertThat(waitFor(By.id("flash")).getText()).isEqualTo("2 staff members were imported");
        assertThat(platform.member(trust, "trust-executive").get("/api/t/" + trust + "/staff").json()).hasSize(2);
    }

    @Test
    void aModulesPageRendersInsideTheLayoutWithItsOwnFormAndErrors() {
        open("/t/" + trust + "/m/" + MODULE + "/");
        signIn(ceo);
        assertThat(waitFor(By.id("module-heading")).getText()).isEqualTo("Notes");
        assertThat(browser.findElement(By.id("navigation")).getText()).contains("Compare schools", "Notes");
        browser.findElement(By.id("add-note")).click();
        assertThat(waitFor(By.className("govuk-error-summary")).getText()).contains("Enter a note of 1 to 500 characters");
        browser.findElement(By.id("text")).sendKeys("Walkthrough of the new coaching cycle");
        browser.findElement(By.id("add-note")).click();
        assertThat(waitFor(By.id("flash")).getText()).isEqualTo("Note added");
        assertThat(browser.findElement(By.id("notes")).getText()).contains("Walkthrough of the new coaching cycle");
    }

    @Test
    void theTrustSharesASchoolAndTheHubAdviserComparesOnlyThatSchool() {
        String hub = platform.newTenant("console-hub", "hub");
        platform.member(hub, "trust-executive").put("/api/t/" + hub + "/modules/" + MODULE, Map.of("enabled", true)).expectStatus(200);
        String adviser = "adviser@" + hub;
        platform.as(adviser, List.of("expert-adviser"), List.of(hub));

        open("/t/" + trust + "/sharing");
        signIn(ceo);
        new Select(waitFor(By.id("hub"))).selectByValue(hub);
        new Select(browser.findElement(By.id("schoolUrn"))).selectByValue("710001");
        new Select(browser.findElement(By.id("module"))).selectByValue(MODULE);
        browser.findElement(By.id("grant")).click();
        assertThat(waitFor(By.id("flash")).getText()).contains(hub).contains("710001");
        browser.findElement(By.id("sign-out")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/console/signed-out"));

        open("/t/" + hub + "/focus-schools");
        signIn(adviser);
        assertThat(waitFor(By.id("focus-schools")).getText()).contains("School 710001").doesNotContain("710002");
        assertThat(rowNames()).singleElement().asString().startsWith("School 710001");
        assertThat(cell(rowNames().get(0), MODULE + ".notes")).startsWith("2");
        browser.findElement(By.id("sign-out")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/console/signed-out"));

        open("/t/" + trust + "/sharing");
        signIn(ceo);
        assertThat(waitFor(By.id("access-log")).getText()).contains(adviser).contains("710001");
    }

    @Test
    void anAdministratorRecordsAReportCardAndTheSchoolShowsItAsOfstedDoes() {
        open("/t/" + trust + "/schools/" + quiet + "/inspections/new");
        signIn(ceo);
        waitFor(By.id("record-inspection")).click();
        assertThat(waitFor(By.className("govuk-error-summary")).getText()).contains("date of the inspection");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-01-20'", browser.findElement(By.id("date")));
        new Select(browser.findElement(By.id("safeguarding"))).selectByValue("met");
        for (String area : List.of("inclusion", "curriculum-and-teaching", "achievement", "attendance-and-behaviour",
                "personal-development-and-wellbeing", "leadership-and-governance")) {
            new Select(browser.findElement(By.id("grades." + area))).selectByValue("expected-standard");
        }
        new Select(browser.findElement(By.id("grades.achievement"))).selectByValue("needs-attention");
        browser.findElement(By.id("record-inspection")).click();
        assertThat(waitFor(By.id("flash")).getText()).isEqualTo("The inspection of School 710002 was recorded");
        assertThat(browser.findElements(By.cssSelector("#inspections h3"))).extracting(WebElement::getText)
                .containsExactly("Report card, 20 January 2026", "Inspection, date not recorded");
        assertThat(browser.findElements(By.cssSelector("#inspections .govuk-summary-list__row")))
                .extracting(row -> row.findElement(By.tagName("dt")).getText() + " = " + row.findElement(By.tagName("dd")).getText())
                .containsExactly("Safeguarding = Met", "Inclusion = Expected standard", "Curriculum and teaching = Expected standard",
                        "Achievement = Needs attention", "Attendance and behaviour = Expected standard",
                        "Personal development and wellbeing = Expected standard", "Leadership and governance = Expected standard",
                        "Overall effectiveness = Good");
        open("/t/" + trust + "/schools");
        assertThat(waitFor(By.id("schools")).getText()).contains("Report card, 20 January 2026");
    }

    @Test
    void theMainPagesHaveNoSeriousOrCriticalAccessibilityViolations() {
        open("/t/" + trust + "/");
        signIn(ceo);
        waitFor(By.id("greeting"));
        for (String page : List.of("/", "/schools", "/schools/" + busiest, "/schools/new",
                "/schools/" + busiest + "/inspections/new", "/staff", "/staff/new",
                "/staff/import", "/compare", "/sharing", "/m/" + MODULE + "/", "/nowhere")) {
            open("/t/" + trust + page);
            waitFor(By.tagName("h1"));
            assertThat(AccessibilityScan.seriousViolations(browser)).as("axe on " + page).isEmpty();
        }
    }

    private List<String> rowNames() {
        return browser.findElements(By.cssSelector("#comparison tbody tr th")).stream().map(WebElement::getText).toList();
    }

    private String cell(String school, String metric) {
        return browser.findElements(By.cssSelector("#comparison tbody tr")).stream()
                .filter(row -> row.findElement(By.tagName("th")).getText().equals(school))
                .findFirst().orElseThrow()
                .findElement(By.cssSelector("td[data-metric='" + metric + "']")).getText();
    }

    /** A download with the browser's session, to see status, headers and bytes. */
    private HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpRequest request = HttpRequest.newBuilder(URI.create(platform.baseUri() + path.substring(1)))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private void open(String path) {
        browser.get(platform.baseUri() + path.substring(1));
    }

    private void signOutIfNeeded() {
        HeadlessChromium.signOutIfNeeded(browser, platform.baseUri());
    }

    private static void signIn(String username) {
        HeadlessChromium.signIn(browser, username);
    }

    private static WebElement waitFor(By locator) {
        return HeadlessChromium.waitFor(browser, locator);
    }
}
