package org.canopy.plugins.cpdaudit.scenarios;

import org.canopy.platform.testkit.CanopyPlatform;
import org.canopy.platform.testkit.HeadlessChromium;
import org.canopy.platform.testkit.RunningPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CPD lead attaches evidence to a criterion from the browser: an accepted file is kept in the
 * database and comes back byte for byte, as an attachment; a refused type is reported and not kept.
 */
@ExtendWith(CanopyPlatform.class)
class EvidenceUploadIT {

    @Test
    void evidenceIsKeptAndServedBackAndARefusedFileIsNotKept(RunningPlatform platform) throws Exception {
        AuditTrust trust = new AuditTrust(platform, "evidence", 1, 0);
        String audit = trust.startAudit(trust.currentYear);
        Path pdf = Files.createTempFile("cpd-log", ".pdf");
        byte[] content = ("%PDF-1.4\n% CPD log, autumn term\n" + "x".repeat(2000)).getBytes();
        Files.write(pdf, content);
        Path html = Files.createTempFile("page", ".html");
        Files.writeString(html, "<script>alert(1)</script>");

        WebDriver browser = HeadlessChromium.start("1280,1000");
        try {
            URI area = platform.baseUri().resolve("t/" + trust.slug + "/m/cpd-audit/audits/" + audit + "/areas/leadership");
            browser.get(area.toString());
            HeadlessChromium.signIn(browser, "lead@" + trust.slug);
            HeadlessChromium.waitFor(browser, By.id("area-heading"));

            new Select(browser.findElement(By.id("criterion"))).selectByValue("leadership-governors");
            browser.findElement(By.id("file")).sendKeys(html.toString());
            browser.findElement(By.id("upload-evidence")).click();
            assertThat(HeadlessChromium.waitFor(browser, By.className("govuk-error-summary")).getText()).contains("PDF, Word");

            browser.get(area.toString());
            new Select(HeadlessChromium.waitFor(browser, By.id("criterion"))).selectByValue("leadership-governors");
            browser.findElement(By.id("file")).sendKeys(pdf.toString());
            browser.findElement(By.id("upload-evidence")).click();
            WebElement listed = HeadlessChromium.waitFor(browser, By.id("evidence-leadership-governors"));
            assertThat(listed.getText()).contains(pdf.getFileName().toString()).doesNotContain(html.getFileName().toString());

            String link = listed.findElement(By.tagName("a")).getAttribute("href");
            HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link))
                    .header("Cookie", "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.body()).isEqualTo(content);
            assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
            assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value).startsWith("attachment"));
            assertThat(trust.lead().get(trust.api + "/audits/" + audit).json().path("evidence")).hasSize(1);

            AuditTrust other = new AuditTrust(platform, "evidence-other", 1, 0);
            String theirs = other.startAudit(other.currentYear);
            for (String tenant : List.of(trust.slug, other.slug)) {
                for (String page : List.of("", "/areas/leadership", "/judgements", "/priorities", "/report", "/report.pdf", "/links",
                        "/evidence/" + link.substring(link.lastIndexOf('/') + 1))) {
                    URI theirPage = platform.baseUri().resolve("t/" + tenant + "/m/cpd-audit/audits/" + theirs + page);
                    assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(theirPage)
                                    .header("Cookie", "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue()).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode()).as("another trust's " + theirPage).isEqualTo(404);
                }
            }
        } finally {
            browser.quit();
            Files.deleteIfExists(pdf);
            Files.deleteIfExists(html);
        }
    }
}
