package org.canopy.platform.core.comparison;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.canopy.platform.core.comparison.TrustComparison.Cell;
import org.canopy.platform.core.comparison.TrustComparison.Column;
import org.canopy.platform.core.comparison.TrustComparison.Row;

import java.awt.Color;
import java.util.Arrays;
import java.util.Map;

/**
 * The board pack's second page: the whole comparison in one table, in the largest font that fits the
 * page; the trust's own metrics last, filled on the "Trust (central)" row alone.
 */
final class BoardPackTable {

    private static final float LARGEST_FONT = 9;
    private static final float SMALLEST_FONT = 4.5f;
    private static final float FONT_STEP = 0.25f;
    private static final float SPACE_ABOVE = 6;
    private static final float SCHOOL_WIDTH = 4;
    private static final float PHASE_WIDTH = 1.4f;
    private static final float VALUE_WIDTH = 1.6f;
    private static final float POSITION_WIDTH = 1.2f;
    private static final Color HEADER_SHADE = new Color(0xE7, 0xE9, 0xEE);
    // light fills under dark text, as spreadsheets shade conditional formats, so the words stay legible
    private static final Map<MedianPosition, Color> RAG_SHADES = Map.of(
            MedianPosition.GREEN, new Color(0xC6, 0xEF, 0xCE),
            MedianPosition.AMBER, new Color(0xFF, 0xEB, 0x9C),
            MedianPosition.RED, new Color(0xFF, 0xC7, 0xCE));

    private BoardPackTable() {
    }

    static void add(Document document, PdfWriter writer, TrustComparison comparison) {
        document.add(new Paragraph("Trust comparison " + comparison.year(), BoardPack.HEADING));
        document.add(new Paragraph(key(comparison), BoardPack.NOTE));
        float width = document.right() - document.left();
        float height = writer.getVerticalPosition(true) - document.bottom() - SPACE_ABOVE - LARGEST_FONT;
        PdfPTable table = largestThatFits(comparison, width, height);
        table.setSpacingBefore(SPACE_ABOVE);
        document.add(table);
    }

    private static String key(TrustComparison comparison) {
        String change = comparison.previousYear() == null ? ""
                : "Up, down or same: the change since " + comparison.previousYear() + ". ";
        return change + "Better, at median or worse: against the trust median, "
                + "whichever way is better for the measure (one with no better way is left unrated)."
                + (comparison.central().isEmpty() ? "" : " " + TrustComparison.Central.NAME
                + ": measures of the trust as a whole, outside every median.");
    }

    private static PdfPTable largestThatFits(TrustComparison comparison, float width, float height) {
        PdfPTable table = table(comparison, width, LARGEST_FONT);
        for (float size = LARGEST_FONT - FONT_STEP; table.getTotalHeight() > height && size >= SMALLEST_FONT;
             size -= FONT_STEP) {
            table = table(comparison, width, size);
        }
        return table;
    }

    private static PdfPTable table(TrustComparison comparison, float width, float fontSize) {
        Font plain = new Font(Font.HELVETICA, fontSize);
        Font bold = new Font(Font.HELVETICA, fontSize, Font.BOLD);
        PdfPTable table = new PdfPTable(widths(comparison));
        table.setTotalWidth(width);
        table.setLockedWidth(true);
        table.setHeaderRows(2);
        addHeader(table, comparison, bold);
        int centralCount = comparison.central().cells().size();
        for (Row row : comparison.rows()) {
            addRow(table, row, plain);
            addBlanks(table, centralCount, plain);
        }
        if (centralCount > 0) {
            addCentral(table, comparison, plain);
        }
        addMedians(table, comparison, bold);
        return table;
    }

    private static float[] widths(TrustComparison comparison) {
        int schoolValues = 2 * comparison.columns().size();
        float[] widths = new float[2 + schoolValues + comparison.central().cells().size()];
        widths[0] = SCHOOL_WIDTH;
        widths[1] = PHASE_WIDTH;
        for (int i = 2; i < 2 + schoolValues; i += 2) {
            widths[i] = VALUE_WIDTH;
            widths[i + 1] = POSITION_WIDTH;
        }
        Arrays.fill(widths, 2 + schoolValues, widths.length, VALUE_WIDTH);
        return widths;
    }

    private static void addHeader(PdfPTable table, TrustComparison comparison, Font font) {
        table.addCell(header("School", font, 1, 2));
        table.addCell(header("Phase", font, 1, 2));
        for (Column column : comparison.columns()) {
            table.addCell(header(column.metric().label(), font, 2, 1));
        }
        for (ComparedMetric metric : comparison.central().metrics()) {
            table.addCell(header(metric.label() + " (trust)", font, 1, 1));
        }
        for (int i = 0; i < comparison.columns().size(); i++) {
            table.addCell(header(comparison.year(), font, 1, 1));
            table.addCell(header("vs median", font, 1, 1));
        }
        for (int i = 0; i < comparison.central().cells().size(); i++) {
            table.addCell(header(comparison.year(), font, 1, 1));
        }
    }

    private static void addRow(PdfPTable table, Row row, Font font) {
        table.addCell(cell(row.school().name(), font, Element.ALIGN_LEFT));
        table.addCell(cell(row.school().phase(), font, Element.ALIGN_LEFT));
        for (Cell cell : row.cells()) {
            table.addCell(cell(valueWithChange(cell), font, Element.ALIGN_RIGHT));
            PdfPCell position = cell(MetricFormat.position(cell.position()), font, Element.ALIGN_CENTER);
            position.setBackgroundColor(RAG_SHADES.get(cell.position()));
            table.addCell(position);
        }
    }

    private static void addCentral(PdfPTable table, TrustComparison comparison, Font font) {
        table.addCell(cell(TrustComparison.Central.NAME, font, Element.ALIGN_LEFT));
        addBlanks(table, 1 + 2 * comparison.columns().size(), font);
        for (Cell cell : comparison.central().cells()) {
            table.addCell(cell(valueWithChange(cell), font, Element.ALIGN_RIGHT));
        }
    }

    private static void addBlanks(PdfPTable table, int count, Font font) {
        for (int i = 0; i < count; i++) {
            table.addCell(cell("", font, Element.ALIGN_LEFT));
        }
    }

    private static void addMedians(PdfPTable table, TrustComparison comparison, Font font) {
        PdfPCell label = cell("Trust median", font, Element.ALIGN_LEFT);
        label.setColspan(2);
        table.addCell(label);
        for (Column column : comparison.columns()) {
            String value = MetricFormat.display(column.metric(), column.median());
            PdfPCell median = cell(value, font, Element.ALIGN_RIGHT);
            median.setColspan(2);
            table.addCell(median);
        }
        addBlanks(table, comparison.central().cells().size(), font);
    }

    private static String valueWithChange(Cell cell) {
        String value = MetricFormat.display(cell.metric(), cell.value());
        String change = MetricFormat.word(cell.change());
        return change.isEmpty() ? value : value + " (" + change + ")";
    }

    private static PdfPCell header(String text, Font font, int colspan, int rowspan) {
        PdfPCell cell = cell(text, font, Element.ALIGN_CENTER);
        cell.setColspan(colspan);
        cell.setRowspan(rowspan);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBackgroundColor(HEADER_SHADE);
        return cell;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingTop(0.5f);
        cell.setPaddingBottom(font.getSize() / 4);
        cell.setPaddingLeft(2);
        cell.setPaddingRight(2);
        return cell;
    }
}
