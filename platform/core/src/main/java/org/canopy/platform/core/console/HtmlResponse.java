package org.canopy.platform.core.console;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A console page on the wire: UTF-8 HTML that no cache keeps (pages show one person's data). */
final class HtmlResponse {

    private HtmlResponse() {
    }

    static void send(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(html);
    }
}
