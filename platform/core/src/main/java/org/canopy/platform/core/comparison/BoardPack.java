package org.canopy.platform.core.comparison;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.canopy.platform.core.comparison.TrustComparison.Column;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The trust comparison as a PDF for trustees, landscape A4: a cover, the whole table on one page,
 * then a bar chart per metric. Only the standard Helvetica, so nothing is embedded; it has no
 * arrows, so changes are words.
 */
public final class BoardPack {

    private static final float MARGIN = 36;
    static final Font HEADING = new Font(Font.HELVETICA, 16, Font.BOLD);
    static final Font NOTE = new Font(Font.HELVETICA, 9);

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private BoardPack() {
    }

    /** Leaves the stream open. */
    public static void write(String trustName, TrustComparison comparison, List<String> headlines, OutputStream out) throws IOException {
        Document document = new Document(PageSize.A4.rotate(), MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            document.addTitle(trustName + ": trust comparison " + comparison.year());
            document.addSubject("Prepared for trustees");
            document.open();
            addCover(document, trustName, comparison, headlines);
            document.newPage();
            BoardPackTable.add(document, writer, comparison);
            for (Column column : comparison.columns()) {
                document.newPage();
                BoardPackChart.add(document, writer, comparison, column);
            }
            document.close();
        } catch (ExceptionConverter e) {
            // OpenPDF wraps the stream's failures (a client that hung up) in an unchecked exception
            if (e.getException() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }

    private static void addCover(Document document, String trustName, TrustComparison comparison, List<String> headlines) {
        document.add(centred(trustName, new Font(Font.HELVETICA, 30, Font.BOLD), 150));
        document.add(centred("Trust comparison", new Font(Font.HELVETICA, 22), 18));
        document.add(centred("Academic year " + comparison.year(), new Font(Font.HELVETICA, 16), 12));
        document.add(centred("Prepared for trustees", new Font(Font.HELVETICA, 14), 48));
        document.add(centred("Generated on " + LocalDate.now(UK).format(DATE), new Font(Font.HELVETICA, 11), 6));
        for (String headline : headlines) {
            document.add(centred(headline, new Font(Font.HELVETICA, 12), 18));
        }
    }

    private static Paragraph centred(String text, Font font, float spaceBefore) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(spaceBefore);
        return paragraph;
    }
}
