package org.canopy.platform.core.console;

import org.canopy.platform.testkit.ApiClient;
import org.canopy.platform.testkit.CanopyPlatform;
import org.canopy.platform.testkit.HeadlessChromium;
import org.canopy.platform.testkit.RunningPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files through a module's console page: the test module keeps a PDF, image or text attachment of
 * under 1 MB with a note and gives it back as a download. Signed in through Keycloak in Chromium;
 * the exact bytes and headers are checked over HTTP with the browser's session.
 */
@ExtendWith(CanopyPlatform.class)
class ModuleUploadIT {

    private static final String MODULE = "test-module";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern ATTACHMENT_LINK = Pattern.compile("href=\"([^\"]+/attachment)\">([^<]+)</a>");
    private static WebDriver browser;

    private RunningPlatform platform;
    private String trust;
    private String notesPage;
    private ApiClient executive;

    @BeforeAll
    static void chromium() {
        browser = HeadlessChromium.start("1280,900");
    }

    @AfterAll
    static void closeBrowser() {
        browser.quit();
    }

    @BeforeEach
    void signedInToATrustWithTheModule(RunningPlatform running) {
        platform = running;
        trust = platform.newTenant("uploads", "trust");
        executive = platform.member(trust, "trust-executive");
        executive.put("/api/t/" + trust + "/modules/" + MODULE, Map.of("enabled", true)).expectStatus(200);
        String lead = "lead@" + trust;
        platform.as(lead, List.of("cpd-lead"), List.of(trust));
        notesPage = "/t/" + trust + "/m/" + MODULE + "/";
        HeadlessChromium.signOutIfNeeded(browser, platform.baseUri());
        browser.get(platform.baseUri() + notesPage.substring(1));
        HeadlessChromium.signIn(browser, lead);
        HeadlessChromium.waitFor(browser, By.id("module-heading"));
    }

    @Test
    void aFileChosenInTheBrowserIsKeptWithTheNote() throws IOException {
        Path file = Files.createTempFile("agenda", ".txt");
        Files.writeString(file, "09:00 coaching cycle review\n");
        browser.findElement(By.id("text")).sendKeys("Agenda for Friday");
        browser.findElement(By.id("attachment")).sendKeys(file.toString());
        browser.findElement(By.id("add-note")).click();
        assertThat(HeadlessChromium.waitFor(browser, By.id("flash")).getText()).isEqualTo("Note added with " + file.getFileName());
        assertThat(browser.findElement(By.id("notes")).getText()).contains("Agenda for Friday (" + file.getFileName() + ")");
    }

    @Test
    void anUploadedFileComesBackByteForByteAsASafeAttachment() throws Exception {
        byte[] png = png(200_000);
        HttpResponse<String> added = post(Map.of("text", "Display board photo"),
                new FilePart("attachment", "C:\\fakepath\\Réunion 1.png", "image/png", png));
        assertThat(added.statusCode()).isEqualTo(302);

        Matcher link = ATTACHMENT_LINK.matcher(get(notesPage).body());
        assertThat(link.find()).isTrue();
        assertThat(link.group(2)).as("the browser's directory is not kept").isEqualTo("Réunion 1.png");
        HttpResponse<byte[]> download = send(HttpRequest.newBuilder(uri(link.group(1))).GET(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(png);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/png"));
        assertThat(download.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"R-union-1.png\"; filename*=UTF-8''R%C3%A9union%201.png");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).startsWith("sandbox"));
        assertThat(download.headers().firstValue("Cache-Control")).hasValue("no-store");

        String otherNote = link.group(1).replaceAll("notes/[^/]+/", "notes/" + UUID.randomUUID() + "/");
        assertThat(get(otherNote).statusCode()).isEqualTo(404);
    }

    @Test
    void anOversizeOrUnacceptedFileIsRefusedWithTheFormAndNothingIsWritten() throws Exception {
        HttpResponse<String> tooLarge = post(Map.of("text", "Scanned minutes"),
                new FilePart("attachment", "minutes.png", "image/png", png(1024 * 1024 + 1)));
        assertThat(tooLarge.statusCode()).isEqualTo(400);
        assertThat(tooLarge.body()).contains("govuk-error-summary").contains("The attachment must be smaller than 1 MB")
                .contains("value=\"Scanned minutes\"");

        HttpResponse<String> page = post(Map.of("text", "Our new page"),
                new FilePart("attachment", "page.html", "text/html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("The attachment must be a PDF, PNG, JPEG or plain text file");

        assertThat(executive.get("/api/t/" + trust + "/m/" + MODULE + "/notes").json())
                .extracting(note -> note.path("text").asText()).containsExactly("Welcome to the test module");
    }

    @Test
    void aFileOverTheConsolesLimitIsRefusedBeforeTheModuleSeesIt() throws Exception {
        HttpResponse<String> refused = post(Map.of("text", "Whole-school video"),
                new FilePart("attachment", "video.png", "image/png", png(6 * 1024 * 1024)));
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("The file is too large");
        assertThat(executive.get("/api/t/" + trust + "/m/" + MODULE + "/notes").json()).hasSize(1);
    }

    @Test
    void aFileFieldLeftEmptyIsNoUpload() throws Exception {
        HttpResponse<String> added = post(Map.of("text", "Just words"), new FilePart("attachment", "", "application/octet-stream", new byte[0]));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(get(notesPage).body()).contains("Just words").doesNotContain("/attachment\"");
    }

    private record FilePart(String name, String filename, String contentType, byte[] content) {
    }

    /** The notes form as a browser posts it (multipart, with the session's form token). */
    private HttpResponse<String> post(Map<String, String> fields, FilePart file) throws IOException, InterruptedException {
        Matcher csrf = CSRF.matcher(get(notesPage).body());
        assertThat(csrf.find()).isTrue();
        String boundary = "canopy-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        List<Map.Entry<String, String>> all = new ArrayList<>(fields.entrySet());
        all.add(0, Map.entry("csrf", csrf.group(1)));
        for (Map.Entry<String, String> field : all) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.name() + "\"; filename=\""
                + file.filename() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file.content());
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(notesPage)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET(), HttpResponse.BodyHandlers.ofString());
    }

    /** With the browser's session cookie; redirects are not followed. */
    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) throws IOException, InterruptedException {
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        return HttpClient.newHttpClient().send(request.header("Cookie", "JSESSIONID=" + session).build(), body);
    }

    private URI uri(String path) {
        return platform.baseUri().resolve(path.substring(1));
    }

    /** A PNG signature followed by {@code size - 8} reproducible bytes: the module goes by the declared type. */
    private static byte[] png(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        System.arraycopy(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, bytes, 0, 8);
        return bytes;
    }
}
