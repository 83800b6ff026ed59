package org.canopy.platform.core.surveys;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * The browser answering a survey on a public page, for the surveys to read what they need and no
 * more: a hash of its address (for rate limits) and a cookie per survey saying it answered by link
 * (so it cannot answer again with the code). Set by the core around a module's public page.
 */
public final class Respondent {

    private static final ThreadLocal<Respondent> CURRENT = new ThreadLocal<>();
    private static final int HALF_A_YEAR = 183 * 24 * 3600;

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final String cookiePath;

    private Respondent(HttpServletRequest request, HttpServletResponse response, String cookiePath) {
        this.request = request;
        this.response = response;
        this.cookiePath = cookiePath;
    }

    /** Runs {@code work} with this browser as the respondent; {@code cookiePath} is the tenant's public root. */
    public static <E extends Exception> void around(HttpServletRequest request, HttpServletResponse response, String cookiePath,
                                                    Work<E> work) throws E {
        CURRENT.set(new Respondent(request, response, cookiePath));
        try {
            work.run();
        } finally {
            CURRENT.remove();
        }
    }

    @FunctionalInterface
    public interface Work<E extends Exception> {
        void run() throws E;
    }

    static Optional<Respondent> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The address, hashed: the rate limits need to tell addresses apart, never to know them. */
    String addressKey() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(request.getRemoteAddr().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean answeredByLink(UUID survey) {
        return request.getCookies() != null && Arrays.stream(request.getCookies()).anyMatch(cookie -> cookie.getName().equals(cookieName(survey)));
    }

    void rememberAnsweredByLink(UUID survey) {
        Cookie cookie = new Cookie(cookieName(survey), "answered");
        cookie.setPath(cookiePath);
        cookie.setMaxAge(HALF_A_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private static String cookieName(UUID survey) {
        return "canopy-survey-" + survey;
    }
}
