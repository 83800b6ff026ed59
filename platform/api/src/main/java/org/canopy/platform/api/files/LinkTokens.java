package org.canopy.platform.api.files;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Unguessable tokens for links that work without signing in (a guest's invitation, a personal
 * survey link): 256 random bits from a {@link SecureRandom}, URL-safe Base64 without padding
 * (43 characters). Keep the token in the module's tenant-owned table, so row-level security keeps
 * another tenant's tokens out whatever the address says.
 */
public final class LinkTokens {

    /** The length of every token. */
    public static final int LENGTH = 43;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{" + LENGTH + "}");

    private LinkTokens() {
    }

    /** A new token. */
    public static String next() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** Whether {@code text} has a token's shape: check it before looking a token up. */
    public static boolean looksLikeToken(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }
}
