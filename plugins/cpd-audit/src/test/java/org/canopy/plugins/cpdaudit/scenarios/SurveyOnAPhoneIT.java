package org.canopy.plugins.cpdaudit.scenarios;

import org.canopy.platform.testkit.AccessibilityScan;
import org.canopy.platform.testkit.CanopyPlatform;
import org.canopy.platform.testkit.HeadlessChromium;
import org.canopy.platform.testkit.RunningPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real browsers: a member of staff answers the survey on a phone-sized screen from their personal
 * link, with no account, while the CPD lead, signed in on a desktop, sees the response rate, which
 * does not move for one answer.
 */
@ExtendWith(CanopyPlatform.class)
class SurveyOnAPhoneIT {

    @Test
    void aTeacherAnswersOnAPhoneAndTheLeadCannotSeeOneAnswerArrive(RunningPlatform platform) {
        AuditTrust trust = new AuditTrust(platform, "phone", 3, 2);
        String audit = trust.startAudit(trust.currentYear);
        trust.lead().post(trust.api + "/audits/" + audit + "/steps", Map.of("step", "open-survey")).expectStatus(200);
        String token = trust.lead().get(trust.api + "/audits/" + audit + "/survey/links").json().get(0).path("token").asText();

        WebDriver desktop = HeadlessChromium.start("1280,900");
        WebDriver phone = HeadlessChromium.start("375,740");
        try {
            String auditPage = platform.baseUri().resolve("t/" + trust.slug + "/m/cpd-audit/audits/" + audit).toString();
            desktop.get(auditPage);
            HeadlessChromium.signIn(desktop, "lead@" + trust.slug);
            assertThat(HeadlessChromium.waitFor(desktop, By.id("response-rate")).getText()).startsWith("At least 0% of 5 answered");
            assertThat(AccessibilityScan.seriousViolations(desktop)).as("axe on the audit page").isEmpty();

            phone.get(platform.baseUri().resolve("s/" + trust.slug + "/cpd-audit/survey/" + token).toString());
            HeadlessChromium.waitFor(phone, By.id("survey-heading"));
            assertThat(((JavascriptExecutor) phone).executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling on a phone").isEqualTo(true);
            assertThat(AccessibilityScan.seriousViolations(phone)).as("axe on the survey").isEmpty();
            for (String item : List.of("climate-all-staff", "leadership-serious", "methods-colleagues", "impact-asked")) {
                phone.findElement(By.cssSelector("label[for='" + item + "-4']")).click();
            }
            phone.findElement(By.id("send-answers")).click();
            assertThat(HeadlessChromium.waitFor(phone, By.id("thanks")).getText()).isEqualTo("Thank you");

            desktop.navigate().refresh();
            assertThat(HeadlessChromium.waitFor(desktop, By.id("response-rate")).getText())
                    .as("one answer cannot be seen arriving: answers are counted in batches of five").startsWith("At least 0% of 5 answered");

            phone.get(platform.baseUri().resolve("s/" + trust.slug + "/cpd-audit/survey/" + token).toString());
            assertThat(HeadlessChromium.waitFor(phone, By.tagName("h1")).getText())
                    .as("a used link looks like an unused one (the core keeps only its first answers)")
                    .isEqualTo("Professional development: how is it for you?");
        } finally {
            desktop.quit();
            phone.quit();
        }
    }
}
