package org.canopy.platform.core.common;

/** A problem in a tenant manifest, located by file, line and field ({@code schools[2].urn}). */
public record ManifestError(String file, int line, String field, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + field + " " + message;
    }
}
