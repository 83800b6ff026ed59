package org.canopy.platform.core.console;

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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in to the console through Keycloak in a real (headless) Chromium, and out again. */
@ExtendWith(CanopyPlatform.class)
class ConsoleSignInIT {

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
    void signsInThroughKeycloakIsGreetedByNameAndTenantAndSignsOut(RunningPlatform platform) {
        String trust = platform.newTenant("console", "trust");
        String username = "console-user@" + trust;
        platform.as(username, List.of("trust-executive"), List.of(trust));

        browser.get(platform.baseUri() + "console/");
        signIn(username);
        String greeting = waitFor(By.id("greeting")).getText();
        assertThat(greeting).isEqualTo("Hello, " + username + " Test");
        assertThat(browser.findElement(By.id("tenant")).getText()).isEqualTo("Test " + trust);

        browser.findElement(By.id("sign-out")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/console/signed-out"));
        assertThat(browser.getPageSource()).contains("You have signed out");

        browser.get(platform.baseUri() + "console/");
        assertThat(waitFor(By.id("username")).isDisplayed()).as("the Keycloak session ended too: asked to sign in again").isTrue();
    }

    @Test
    void aUserOfTwoTenantsChoosesWhichToWorkIn(RunningPlatform platform) {
        String trust = platform.newTenant("console-trust", "trust");
        String hub = platform.newTenant("console-hub", "hub");
        String username = "two-tenants@" + trust;
        platform.as(username, List.of("trust-executive"), List.of(trust, hub));

        browser.manage().deleteAllCookies();
        browser.get(platform.baseUri() + "console/");
        if (!browser.findElements(By.id("sign-out")).isEmpty()) {
            browser.findElement(By.id("sign-out")).click();
            browser.get(platform.baseUri() + "console/");
        }
        signIn(username);
        List<String> choices = waitFor(By.cssSelector("ul.tenants")).findElements(By.tagName("button")).stream()
                .map(button -> button.getText()).toList();
        assertThat(choices).containsExactlyInAnyOrder("Test " + trust, "Test " + hub);
        browser.findElement(By.xpath("//button[text()='Test " + hub + "']")).click();
        assertThat(waitFor(By.id("tenant")).getText()).isEqualTo("Test " + hub);
        browser.findElement(By.id("sign-out")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/console/signed-out"));
    }

    private static void signIn(String username) {
        HeadlessChromium.signIn(browser, username);
    }

    private static WebElement waitFor(By locator) {
        return HeadlessChromium.waitFor(browser, locator);
    }
}
