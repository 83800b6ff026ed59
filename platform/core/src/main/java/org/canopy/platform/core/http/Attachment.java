package org.canopy.platform.core.http;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A file sent for saving, never for showing: an attachment (RFC 6266) under a name that cannot break
 * the header, with headers that stop the browser sniffing its type or running it as a page, even
 * when it is HTML someone uploaded.
 */
public final class Attachment {

    private static final Pattern MEDIA_TYPE = Pattern.compile("[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+(\\s*;\\s*[A-Za-z0-9_-]+=[A-Za-z0-9_.-]+)?");
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private Attachment() {
    }

    public static void send(HttpServletResponse response, String contentType, String filename, byte[] body) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MEDIA_TYPE.matcher(contentType).matches() ? contentType : "application/octet-stream");
        response.setHeader("Content-Disposition", contentDisposition(filename));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** {@code attachment; filename="ascii-fallback"; filename*=UTF-8''percent-encoded}, without any directory. */
    public static String contentDisposition(String filename) {
        String name = baseName(filename);
        String fallback = name.replaceAll("[^A-Za-z0-9._-]", "-");
        return "attachment; filename=\"" + (fallback.isEmpty() ? "download" : fallback) + "\"; filename*=UTF-8''" + encoded(name);
    }

    /** The last part of a path as a browser or the module gave it, with / or \ as separators. */
    public static String baseName(String filename) {
        String name = filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
        return name.replaceAll("\\p{Cntrl}", "").trim();
    }

    private static String encoded(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || ATTR_CHARS.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
