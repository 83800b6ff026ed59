package org.canopy.platform.core.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.UUID;

/**
 * What the console keeps in the HTTP session: the signed-in user, the CSRF token of their forms,
 * the flash message for the next page, and where to return after signing in. Everything in it is
 * serializable, so sessions can be replicated across instances.
 */
public final class ConsoleSession {

    private static final String CSRF = "canopy.console.csrf";
    private static final String FLASH = "canopy.console.flash";
    private static final String RETURN_TO = "canopy.console.return-to";

    private ConsoleSession() {
    }

    public static Optional<ConsoleUser> user(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return Optional.ofNullable(session == null ? null : (ConsoleUser) session.getAttribute(ConsoleUser.SESSION_KEY));
    }

    static String csrf(HttpSession session) {
        String token = (String) session.getAttribute(CSRF);
        if (token == null) {
            token = UUID.randomUUID().toString();
            session.setAttribute(CSRF, token);
        }
        return token;
    }

    static boolean validCsrf(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(CSRF);
        String submitted = request.getParameter("csrf");
        return expected != null && submitted != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8));
    }

    static void flash(HttpServletRequest request, String message) {
        request.getSession(true).setAttribute(FLASH, message);
    }

    /** The flash message, shown once. */
    static String takeFlash(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        String message = (String) session.getAttribute(FLASH);
        session.removeAttribute(FLASH);
        return message;
    }

    static void returnAfterSignIn(HttpServletRequest request, String path) {
        request.getSession(true).setAttribute(RETURN_TO, path);
    }

    static Optional<String> takeReturnTo(HttpSession session) {
        String path = (String) session.getAttribute(RETURN_TO);
        session.removeAttribute(RETURN_TO);
        return Optional.ofNullable(path);
    }
}
