package org.canopy.platform.core.plugins;

import org.apache.tika.Tika;
import org.canopy.platform.api.files.FileTypes;

/**
 * Modules' file types by content, with Apache Tika's detector (magic bytes; the name only refines a
 * container type the bytes show, such as a zip that is a .docx). Thread-safe: one for the platform.
 */
final class ContentTypes implements FileTypes {

    static final ContentTypes INSTANCE = new ContentTypes();

    private final Tika tika = new Tika();

    private ContentTypes() {
    }

    @Override
    public String detect(byte[] content, String filename) {
        String type = tika.detect(content, filename);
        int parameters = type.indexOf(';');
        return parameters < 0 ? type : type.substring(0, parameters).trim();
    }
}
