package org.canopy.platform.core.plugins;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import org.canopy.platform.api.pdf.PdfReport;
import org.canopy.platform.api.pdf.PdfReports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Modules' PDF reports with OpenPDF: A4, the title as metadata and first heading, the document's
 * language in its catalogue, "Page n" at the foot of every page, tables whose header repeats, and
 * images scaled to the page. Standard Helvetica only. Stateless: one for the platform.
 */
final class ModulePdf implements PdfReports {

    static final ModulePdf INSTANCE = new ModulePdf();

    private static final float MARGIN = 40;
    private static final Font TITLE = new Font(Font.HELVETICA, 20, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10);
    private static final Font SMALL = new Font(Font.HELVETICA, 8);
    private static final Font HEADER = new Font(Font.HELVETICA, 9, Font.BOLD);

    private ModulePdf() {
    }

    @Override
    public byte[] render(PdfReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageNumbers());
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(report.language()));
        document.addTitle(report.title());
        document.open();
        document.add(new Paragraph(report.title(), TITLE));
        for (PdfReport.Block block : report.blocks()) {
            document.add(element(block, document.right() - document.left()));
        }
        document.close();
        return out.toByteArray();
    }

    private static Element element(PdfReport.Block block, float width) {
        if (block instanceof PdfReport.Heading heading) {
            Paragraph paragraph = new Paragraph(heading.text(), HEADING);
            paragraph.setSpacingBefore(12);
            paragraph.setSpacingAfter(4);
            return paragraph;
        }
        if (block instanceof PdfReport.Text text) {
            return new Paragraph(text.text(), text.small() ? SMALL : BODY);
        }
        if (block instanceof PdfReport.Table table) {
            return table(table);
        }
        return image((PdfReport.Image) block, width);
    }

    private static PdfPTable table(PdfReport.Table table) {
        float[] widths = new float[table.widths().size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = table.widths().get(column);
        }
        PdfPTable pdf = new PdfPTable(widths);
        pdf.setWidthPercentage(100);
        pdf.setHeaderRows(1);
        table.header().forEach(header -> pdf.addCell(new PdfPCell(new Phrase(header, HEADER))));
        table.rows().forEach(row -> row.forEach(cell -> pdf.addCell(new Phrase(cell, SMALL))));
        return pdf;
    }

    private static Image image(PdfReport.Image picture, float width) {
        try {
            Image image = Image.getInstance(picture.content());
            image.scaleToFit(width, PageSize.A4.getHeight() / 2);
            image.setAlt(picture.description());
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException("a report's image is not PNG or JPEG", e);
        }
    }

    /** "Page n" centred at the foot of every page. */
    private static final class PageNumbers extends PdfPageEventHelper {

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase("Page " + writer.getPageNumber(), SMALL), (document.left() + document.right()) / 2, MARGIN / 2, 0);
        }
    }
}
