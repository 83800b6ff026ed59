package org.canopy.platform.core.plugins;

import org.canopy.platform.testkit.ApiClient;
import org.canopy.platform.testkit.CanopyPlatform;
import org.canopy.platform.testkit.RunningPlatform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module's public pages ({@code /s/{tenant}/{module}/…}) as a guest uses them, with no sign-in and
 * no browser: the test module's guest note, reached by an invitation token the trust created.
 */
@ExtendWith(CanopyPlatform.class)
class PublicModulePagesIT {

    private static final String MODULE = "test-module";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private RunningPlatform platform;
    private String trust;
    private ApiClient executive;
    private String token;
    private HttpClient guest;

    @BeforeEach
    void trustWithAGuestLink(RunningPlatform platform) {
        this.platform = platform;
        trust = platform.newTenant("public", "trust");
        executive = platform.member(trust, "trust-executive");
        executive.put("/api/t/" + trust + "/modules/" + MODULE, Map.of("enabled", true)).expectStatus(200);
        token = invite(trust, executive, "Year 9 parents' evening");
        guest = browserlessGuest();
    }

    @Test
    void aGuestWritesANoteWithoutSigningInOnAPlainPhoneFriendlyPage() throws Exception {
        HttpResponse<String> form = get(guest, guestPage(trust, token));
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(form.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(form.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(form.body()).contains("You were invited to write a note for: Year 9 parents' evening")
                .contains("<meta name=\"viewport\"").contains("govuk-skip-link").contains("Test " + trust)
                .contains("action=\"/s/" + trust + "/" + MODULE + "/" + token + "\"")
                .doesNotContain("id=\"navigation\"").doesNotContain("sign-out").doesNotContain("govuk-breadcrumbs")
                .doesNotContain("href=\"/t/").doesNotContain("href=\"/console");

        HttpResponse<String> invalid = post(guest, guestPage(trust, token), Map.of("csrf", csrf(form), "text", " "));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("govuk-error-summary").contains("Enter a note of 1 to 500 characters");

        HttpResponse<String> sent = post(guest, guestPage(trust, token), Map.of("csrf", csrf(form), "text", "The new homework app – café menu – is hard to use"));
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/s/" + trust + "/" + MODULE + "/" + token));
        assertThat(get(guest, guestPage(trust, token)).body()).contains("id=\"flash\">Thank you: your note was added");
        assertThat(noteTexts()).containsExactly("Welcome to the test module", "The new homework app – café menu – is hard to use");
    }

    @Test
    void aPostWithoutTheSessionsFormTokenIsRefusedAndReachesNothing() throws Exception {
        HttpResponse<String> noSession = post(browserlessGuest(), guestPage(trust, token), Map.of("text", "forged"));
        assertThat(noSession.statusCode()).isEqualTo(403);
        assertThat(noSession.body()).contains("This form has expired");

        HttpResponse<String> form = get(guest, guestPage(trust, token));
        assertThat(post(guest, guestPage(trust, token), Map.of("text", "no token")).statusCode()).isEqualTo(403);
        assertThat(post(guest, guestPage(trust, token), Map.of("csrf", csrf(form) + "x", "text", "wrong token")).statusCode()).isEqualTo(403);
        assertThat(post(browserlessGuest(), guestPage(trust, token), Map.of("csrf", csrf(form), "text", "another session's token"))
                .statusCode()).isEqualTo(403);
        assertThat(noteTexts()).containsExactly("Welcome to the test module");
    }

    @Test
    void unknownTenantsDisabledModulesAndWrongTokensAreAllTheSameNotFound() throws Exception {
        String other = platform.newTenant("public-other", "trust");
        ApiClient otherExecutive = platform.member(other, "trust-executive");
        otherExecutive.put("/api/t/" + other + "/modules/" + MODULE, Map.of("enabled", true)).expectStatus(200);
        String othersToken = invite(other, otherExecutive, "the other trust's survey");
        assertThat(get(guest, guestPage(other, othersToken)).statusCode()).as("the other trust's own link works").isEqualTo(200);

        HttpResponse<String> unknownTenant = get(guest, guestPage("no-such-trust", token));
        assertThat(unknownTenant.statusCode()).isEqualTo(404);
        assertThat(unknownTenant.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(unknownTenant.body()).contains("Page not found");
        List<String> notFound = List.of(
                guestPage(trust, othersToken),
                guestPage(trust, "not-a-token"),
                "/s/" + trust + "/",
                "/s/" + trust + "/" + MODULE + "/",
                "/s/" + trust + "/no-such-module/" + token,
                "/s/" + trust + "/unsafe-module/" + token);
        for (String path : notFound) {
            HttpResponse<String> response = get(guest, path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as("nothing tells " + path + " from an unknown tenant").isEqualTo(unknownTenant.body());
        }
        HttpResponse<String> form = get(guest, guestPage(other, othersToken));
        assertThat(post(guest, guestPage(trust, othersToken), Map.of("csrf", csrf(form), "text", "into the wrong trust")).statusCode())
                .isEqualTo(404);

        executive.put("/api/t/" + trust + "/modules/" + MODULE, Map.of("enabled", false)).expectStatus(200);
        assertThat(get(guest, guestPage(trust, token)).body()).as("module disabled").isEqualTo(unknownTenant.body());
        executive.put("/api/t/" + trust + "/modules/" + MODULE, Map.of("enabled", true)).expectStatus(200);
        platform.operator().post("/api/platform/tenants/" + trust + "/suspend", Map.of()).expectStatus(200);
        assertThat(get(guest, guestPage(trust, token)).body()).as("tenant suspended").isEqualTo(unknownTenant.body());
        platform.operator().post("/api/platform/tenants/" + trust + "/reactivate", Map.of()).expectStatus(200);
        assertThat(get(guest, guestPage(trust, token)).statusCode()).isEqualTo(200);
        assertThat(noteTexts()).containsExactly("Welcome to the test module");
        assertThat(otherExecutive.get("/api/t/" + other + "/m/" + MODULE + "/notes").json())
                .extracting(note -> note.path("text").asText()).containsExactly("Welcome to the test module");
    }

    @Test
    void aFailingPublicPageIsAProblemPageInThePlainLayout() throws Exception {
        HttpResponse<String> failed = get(guest, "/s/" + trust + "/" + MODULE + "/boom");
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body()).contains("Sorry, something went wrong").containsPattern("quote problem [0-9a-f-]{36}")
                .contains("Test " + trust).doesNotContain("failed on purpose").doesNotContain("href=\"/console");
        assertThat(get(guest, guestPage(trust, token)).statusCode()).isEqualTo(200);
    }

    private String invite(String tenant, ApiClient administrator, String label) {
        return administrator.post("/api/t/" + tenant + "/m/" + MODULE + "/guest-links", Map.of("label", label))
                .expectStatus(201).json().path("token").asText();
    }

    private List<String> noteTexts() {
        List<String> texts = new java.util.ArrayList<>();
        executive.get("/api/t/" + trust + "/m/" + MODULE + "/notes").expectStatus(200).json()
                .forEach(note -> texts.add(note.path("text").asText()));
        return texts;
    }

    private static String guestPage(String tenant, String invitation) {
        return "/s/" + tenant + "/" + MODULE + "/" + invitation;
    }

    /** A visitor with cookies (for the session that holds the form token), who does not follow redirects. */
    private static HttpClient browserlessGuest() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("a form token in " + page.body()).isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient client, String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = String.join("&", form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).toList());
        return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return platform.baseUri().resolve(path.substring(1));
    }
}
