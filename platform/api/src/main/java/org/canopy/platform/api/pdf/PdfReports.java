package org.canopy.platform.api.pdf;

/** Renders a {@link PdfReport} as PDF bytes: the core's, from {@code ModuleContext.pdf()}; nothing to bundle in a plugin. */
public interface PdfReports {

    String CONTENT_TYPE = "application/pdf";

    byte[] render(PdfReport report);
}
