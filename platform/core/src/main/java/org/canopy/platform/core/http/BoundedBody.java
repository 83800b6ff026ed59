package org.canopy.platform.core.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads a request body up to a limit; a larger one is refused with 413 before anything is parsed. */
public final class BoundedBody {

    private BoundedBody() {
    }

    public static String read(InputStream body, long maxBytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = body.read(buffer)) > 0; ) {
                if (bytes.size() + n > maxBytes) {
                    drain(body, maxBytes);
                    throw ProblemException.of(413, "too-large", "Payload too large",
                            "The body may be at most " + (maxBytes / 1024) + " KiB.");
                }
                bytes.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text; // spreadsheets save a byte-order mark
    }

    /** Reads on (a bounded amount) so the client, still sending, receives the 413 instead of a reset. */
    private static void drain(InputStream body, long maxBytes) throws IOException {
        long skipped = 0;
        byte[] buffer = new byte[8192];
        for (int n; skipped < 4 * maxBytes && (n = body.read(buffer)) > 0; ) {
            skipped += n;
        }
    }

    public static Reader reader(InputStream body, long maxBytes) {
        return new StringReader(read(body, maxBytes));
    }
}
