/** PDF reports from a plain description ({@link org.canopy.platform.api.pdf.PdfReport}), rendered by the core. */
package org.canopy.platform.api.pdf;
