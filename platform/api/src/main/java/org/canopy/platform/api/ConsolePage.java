package org.canopy.platform.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a module's page answers: a view of one of its templates, or a redirect after a form.
 * The core adds {@code csrf} (the form token, for a hidden field named {@code csrf}) and
 * {@code base} (the module root's address, ending in {@code /}) to every view's model; a
 * template declares them as {@code @param String csrf} and {@code @param String base} to use them.
 */
public sealed interface ConsolePage {

    /** Renders {@code template} (e.g. {@code notes.jte}) with {@code model} inside the core's layout. */
    record View(String title, String template, Map<String, Object> model, List<ConsoleLink> breadcrumbs, int status)
            implements ConsolePage {

        public View {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(template, "template");
            model = Map.copyOf(model);
            breadcrumbs = List.copyOf(breadcrumbs);
        }

        /** The same view with another status, e.g. 400 for a form shown again with its errors. */
        public View withStatus(int newStatus) {
            return new View(title, template, model, breadcrumbs, newStatus);
        }
    }

    /** After a successful POST: go to {@code path} (relative to the module's root) and show {@code flash}. */
    record Redirect(String path, String flash) implements ConsolePage {

        public Redirect {
            ConsoleLink.requireRelative(path);
        }
    }

    /**
     * A file to download (a PDF report, an evidence file), sent as an attachment named
     * {@code filename}; the core adds headers that stop the browser sniffing or running it.
     */
    record Download(String filename, String contentType, byte[] content) implements ConsolePage {

        public Download {
            Objects.requireNonNull(filename, "filename");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(content, "content");
        }
    }

    /** The console's own "page not found", e.g. for an unknown path or another school's record. */
    record NotFound() implements ConsolePage {
    }

    static View view(String title, String template, Map<String, Object> model, ConsoleLink... breadcrumbs) {
        return new View(title, template, model, List.of(breadcrumbs), 200);
    }

    static Redirect redirect(String path, String flash) {
        return new Redirect(path, flash);
    }

    static Download download(String filename, String contentType, byte[] content) {
        return new Download(filename, contentType, content);
    }

    static NotFound notFound() {
        return new NotFound();
    }
}
