package org.canopy.platform.core.console;

/** The console's page frame, until the console issue brings templates and GOV.UK Frontend. */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A complete page; {@code body} must already be escaped. */
    static String page(String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en-GB">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>%s – Canopy</title>
                  <style>
                    body { font-family: Arial, sans-serif; margin: 0; color: #0b0c0c; }
                    header { background: #1d4f3a; color: #fff; padding: 12px 24px; font-weight: bold; font-size: 1.3em; }
                    main { max-width: 720px; margin: 24px auto; padding: 0 24px; }
                    button, .button { background: #1d4f3a; color: #fff; border: 0; padding: 8px 16px; font-size: 1em;
                                      cursor: pointer; text-decoration: none; display: inline-block; }
                    a { color: #1d70b8; }
                  </style>
                </head>
                <body>
                <header>Canopy</header>
                <main id="main-content">
                %s
                </main>
                </body>
                </html>
                """.formatted(escape(title), body);
    }
}
