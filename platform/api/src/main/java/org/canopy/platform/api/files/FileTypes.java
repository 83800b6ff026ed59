package org.canopy.platform.api.files;

/**
 * What a file is, decided by its bytes (the core runs Apache Tika's detector), never by what the
 * browser claimed. Reached through {@code ModuleContext.files()}; {@link UploadPolicy} uses it.
 */
public interface FileTypes {

    /** The media type for when nothing more is known. */
    String UNKNOWN = "application/octet-stream";

    /**
     * The media type of {@code content} ({@code application/pdf}, {@code image/png}, {@code text/plain}…),
     * without parameters. {@code filename} only refines a type the bytes already show (a {@code .docx}
     * is a zip by its bytes); it never turns one type into another. {@link #UNKNOWN} when unrecognised.
     */
    String detect(byte[] content, String filename);
}
