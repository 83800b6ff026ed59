package org.canopy.platform.testkit;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.net.URI;
import java.time.Duration;

/** The browser of console tests, the core's and plugins': Debian's chromium and chromedriver, headless, and Keycloak's sign-in. */
public final class HeadlessChromium {

    private HeadlessChromium() {
    }

    public static WebDriver start(String windowSize) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + windowSize);
        return new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
    }

    /** Keycloak's organization-aware login asks for the username first, then the password. */
    public static void signIn(WebDriver browser, String username) {
        waitFor(browser, By.id("username")).sendKeys(username);
        if (browser.findElements(By.id("password")).isEmpty()) {
            browser.findElement(By.id("kc-login")).click();
        }
        waitFor(browser, By.id("password")).sendKeys(TestIdentity.PASSWORD);
        browser.findElement(By.id("kc-login")).click();
    }

    /** Keycloak's session outlives the console's cookie: signing out through the console ends both. */
    public static void signOutIfNeeded(WebDriver browser, URI platform) {
        browser.manage().deleteAllCookies();
        browser.get(platform + "console/");
        if (!browser.findElements(By.id("sign-out")).isEmpty()) {
            browser.findElement(By.id("sign-out")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/console/signed-out"));
        }
    }

    public static WebElement waitFor(WebDriver browser, By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }
}
