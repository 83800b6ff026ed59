package org.canopy.platform.core.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.canopy.platform.core.http.Attachment;
import org.canopy.platform.core.tenancy.Tenant;

import java.io.IOException;
import java.util.List;

/**
 * One request to a tenant's public pages ({@code /s/{tenant}/…}), open to anyone with the address:
 * the tenant, the rest of the path, and the ways to answer, all in the plain layout (the tenant's
 * name, no navigation, no way into the console). The tenant is in {@code TenantScope} with an
 * anonymous visitor while a page handles it.
 */
public final class PublicExchange {

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final Tenant tenant;
    private final List<String> path;
    private final Frame frame;
    private final Templates templates;

    PublicExchange(HttpServletRequest request, HttpServletResponse response, Tenant tenant, List<String> path, Templates templates) {
        this.request = request;
        this.response = response;
        this.tenant = tenant;
        this.path = List.copyOf(path);
        this.templates = templates;
        this.frame = Frame.publicPage(tenant.name(), request.getContextPath(), tenant.name(), ConsoleSession.takeFlash(request),
                ConsoleSession.csrf(request.getSession(true)));
        // the address may carry an invitation: no search engine, no other site through the Referer
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
    }

    public HttpServletRequest request() {
        return request;
    }

    public HttpServletResponse response() {
        return response;
    }

    public Tenant tenant() {
        return tenant;
    }

    /** The path below the tenant, e.g. {@code [survey, <token>]} for {@code /s/oak/survey/<token>}. */
    public List<String> path() {
        return path;
    }

    public String csrf() {
        return frame.csrf();
    }

    /** The address of a public page of this tenant: {@code link("survey/")} → {@code /s/oak/survey/}. */
    public String link(String pathInTenant) {
        return request.getContextPath() + "/s/" + tenant.slug() + "/" + pathInTenant;
    }

    /** A page, already rendered (and escaped), inside the plain layout. */
    public void renderInLayout(int status, String title, String body) throws IOException {
        HtmlResponse.send(response, status, templates.layout(frame.with(title, List.of()).forStatus(status), body));
    }

    /** A core page (such as an error) in the plain layout: {@code template} gets {@code frame} and {@code page}. */
    void render(int status, String template, String title, Object page) throws IOException {
        HtmlResponse.send(response, status, templates.page(template, frame.with(title, List.of()).forStatus(status), page));
    }

    /** After a successful form: the next page shows {@code flash} once (post/redirect/get). */
    public void redirect(String pathInTenant, String flash) throws IOException {
        if (flash != null) {
            ConsoleSession.flash(request, flash);
        }
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(link(pathInTenant));
    }

    public void download(String contentType, String fileName, byte[] body) throws IOException {
        Attachment.send(response, contentType, fileName, body);
    }
}
