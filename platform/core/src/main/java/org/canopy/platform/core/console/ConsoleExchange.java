package org.canopy.platform.core.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.canopy.platform.core.http.Attachment;
import org.canopy.platform.core.tenancy.Tenant;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One console request inside a tenant ({@code /t/{tenant}/{section}/…}): who asks, in which tenant,
 * the rest of the path, and the ways to answer (a page in the layout, a redirect with a flash
 * message, a download). The tenant is in {@code TenantScope} while a section handles it.
 */
public final class ConsoleExchange {

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final ConsoleUser user;
    private final Tenant tenant;
    private final List<String> path;
    private final Frame frame;
    private final Templates templates;

    ConsoleExchange(HttpServletRequest request, HttpServletResponse response, ConsoleUser user, Tenant tenant,
                    List<String> path, Frame frame, Templates templates) {
        this.request = request;
        this.response = response;
        this.user = user;
        this.tenant = tenant;
        this.path = List.copyOf(path);
        this.frame = frame;
        this.templates = templates;
    }

    public HttpServletRequest request() {
        return request;
    }

    public HttpServletResponse response() {
        return response;
    }

    public ConsoleUser user() {
        return user;
    }

    public Tenant tenant() {
        return tenant;
    }

    /** The path below the section, e.g. {@code [<id>, edit]} for {@code /t/x/schools/<id>/edit}. */
    public List<String> path() {
        return path;
    }

    public boolean isPost() {
        return "POST".equals(request.getMethod());
    }

    public Optional<String> parameter(String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** The address of a page of this tenant: {@code link("schools")} → {@code /t/riverside/schools}. */
    public String link(String pathInTenant) {
        return request.getContextPath() + "/t/" + tenant.slug() + (pathInTenant.isEmpty() ? "/" : "/" + pathInTenant);
    }

    /** The layout's frame for a page titled {@code title} below {@code breadcrumbs}. */
    public Frame frame(String title, List<Frame.Link> breadcrumbs) {
        return frame.with(title, breadcrumbs);
    }

    /** The session's CSRF token, for a hidden field named {@code csrf} in forms. */
    public String csrf() {
        return frame.csrf();
    }

    /** A core page: {@code template} gets {@code frame} and {@code page}. */
    public void render(int status, String template, Frame frame, Object page) throws IOException {
        write(status, templates.page(template, frame.forStatus(status), page));
    }

    /** A module's page, already rendered, inside the layout. */
    public void renderInLayout(int status, Frame frame, String body) throws IOException {
        write(status, templates.layout(frame.forStatus(status), body));
    }

    /** After a successful form: the next page shows {@code flash} once (post/redirect/get). */
    public void redirect(String pathInTenant, String flash) throws IOException {
        if (flash != null) {
            ConsoleSession.flash(request, flash);
        }
        response.sendRedirect(link(pathInTenant));
    }

    public void download(String contentType, String fileName, byte[] body) throws IOException {
        Attachment.send(response, contentType, fileName, body);
    }

    private void write(int status, String html) throws IOException {
        HtmlResponse.send(response, status, html);
    }

    /** Breadcrumbs from the tenant's home: pairs of label and path in the tenant, the last one the page itself. */
    public List<Frame.Link> crumbs(String... labelsAndPaths) {
        List<Frame.Link> crumbs = new ArrayList<>();
        crumbs.add(Frame.Link.to("Home", link("")));
        for (int i = 0; i + 1 < labelsAndPaths.length; i += 2) {
            crumbs.add(Frame.Link.to(labelsAndPaths[i], link(labelsAndPaths[i + 1])));
        }
        return crumbs;
    }
}
