package org.canopy.platform.api;

import java.util.Objects;

/**
 * A file sent with a console form ({@code enctype="multipart/form-data"}). The core has already
 * refused anything over its upload limit; the module checks the type and size it accepts.
 * {@code filename} is the name the browser gave, without any directory.
 */
public record Upload(String filename, String contentType, byte[] content) {

    public Upload {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }

    public int size() {
        return content.length;
    }
}
