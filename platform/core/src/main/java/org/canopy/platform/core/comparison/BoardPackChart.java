package org.canopy.platform.core.comparison;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import org.canopy.platform.api.MetricDefinition.Direction;
import org.canopy.platform.core.comparison.TrustComparison.Column;
import org.canopy.platform.core.comparison.TrustComparison.Row;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A board pack page per metric: a horizontal bar per school, best first, with the trust median as
 * a labelled line. Schools with no data are listed with no bar.
 */
final class BoardPackChart {

    private static final float NAME_WIDTH = 200;
    private static final float VALUE_LABEL_WIDTH = 60;
    private static final float GAP = 4;
    private static final float AXIS_LABEL_SPACE = 16;
    private static final float MEDIAN_LABEL_SPACE = 14;
    private static final float LARGEST_FONT = 9;
    private static final float WIDEST_SLOT = 24;
    private static final Color BAR = new Color(0x4A, 0x6F, 0xA5);
    private static final Color MEDIAN = new Color(0xB0, 0x3A, 0x2E);

    private final PdfContentByte canvas;
    private final BaseFont font;
    private final Column column;
    private final Scale scale;
    private final float top;
    private final float slot;
    private final float bottom;

    /** @param slot the height of a school's row */
    private BoardPackChart(PdfContentByte canvas, Column column, Scale scale, float top, float slot, int rowCount) {
        this.canvas = canvas;
        this.font = helvetica();
        this.column = column;
        this.scale = scale;
        this.top = top;
        this.slot = slot;
        this.bottom = top - slot * rowCount;
    }

    static void add(Document document, PdfWriter writer, TrustComparison comparison, Column column) {
        ComparedMetric metric = column.metric();
        document.add(new Paragraph(metric.label() + ", " + comparison.year(), BoardPack.HEADING));
        document.add(new Paragraph(subtitle(column), BoardPack.NOTE));
        boolean largestFirst = metric.better() != Direction.LOWER_IS_BETTER;
        List<Row> rows = comparison.sortBy(metric.id(), largestFirst).rows();
        List<BigDecimal> values = rows.stream().map(row -> row.cell(metric.id()).value())
                .filter(Objects::nonNull).toList();
        Scale scale = Scale.of(values, document.left() + NAME_WIDTH, document.right() - VALUE_LABEL_WIDTH);
        float top = writer.getVerticalPosition(true) - MEDIAN_LABEL_SPACE;
        int rowCount = Math.max(1, rows.size());
        float slot = Math.min(WIDEST_SLOT, (top - document.bottom() - AXIS_LABEL_SPACE) / rowCount);
        new BoardPackChart(writer.getDirectContent(), column, scale, top, slot, rowCount).draw(rows);
    }

    private static String subtitle(Column column) {
        String direction = switch (column.metric().better()) {
            case HIGHER_IS_BETTER -> "Higher is better.";
            case LOWER_IS_BETTER -> "Lower is better.";
            case NONE -> "Neither higher nor lower is better: shown, not rated.";
        };
        return direction + " Trust median: " + MetricFormat.display(column.metric(), column.median()) + ".";
    }

    private void draw(List<Row> rows) {
        float fontSize = Math.min(LARGEST_FONT, slot * 0.75f);
        for (int i = 0; i < rows.size(); i++) {
            drawBar(value(rows.get(i)), slotBottom(i));
        }
        drawAxis();
        if (column.median() != null) {
            drawMedian();
        }
        // after the median line, so that the labels stay legible where it crosses them
        for (int i = 0; i < rows.size(); i++) {
            drawLabels(rows.get(i), slotBottom(i), fontSize);
        }
    }

    private float slotBottom(int index) {
        return top - (index + 1) * slot;
    }

    private BigDecimal value(Row row) {
        return row.cell(column.metric().id()).value();
    }

    private void drawBar(BigDecimal value, float slotBottom) {
        if (value == null) {
            return;
        }
        float barHeight = slot * 0.7f;
        float end = scale.x(value);
        canvas.saveState();
        canvas.setColorFill(BAR);
        canvas.rectangle(Math.min(scale.zero(), end), slotBottom + (slot - barHeight) / 2,
                Math.abs(end - scale.zero()), barHeight);
        canvas.fill();
        canvas.restoreState();
    }

    private void drawLabels(Row row, float slotBottom, float fontSize) {
        float baseline = slotBottom + (slot - fontSize * 0.7f) / 2;
        String name = fitted(row.school().name(), NAME_WIDTH - 2 * GAP, fontSize);
        text(name, Element.ALIGN_RIGHT, scale.left() - GAP, baseline, fontSize);
        BigDecimal value = value(row);
        float valueStart = value == null ? scale.zero() : Math.max(scale.zero(), scale.x(value));
        labelOnWhite(MetricFormat.display(column.metric(), value), valueStart + GAP, baseline, fontSize);
    }

    private void drawAxis() {
        line(scale.left(), bottom, scale.right(), bottom, Color.DARK_GRAY);
        line(scale.zero(), bottom, scale.zero(), top, Color.DARK_GRAY);
        float labelBaseline = bottom - LARGEST_FONT - 2;
        for (BigDecimal tick : scale.ticks()) {
            String label = MetricFormat.display(column.metric(), tick);
            text(label, Element.ALIGN_CENTER, scale.x(tick), labelBaseline, LARGEST_FONT - 1);
        }
    }

    private void drawMedian() {
        float x = scale.x(column.median());
        canvas.saveState();
        canvas.setLineDash(3, 2);
        line(x, bottom, x, top + 2, MEDIAN);
        canvas.restoreState();
        String label = "Trust median " + MetricFormat.display(column.metric(), column.median());
        text(label, Element.ALIGN_CENTER, x, top + 4, LARGEST_FONT - 1);
    }

    private void line(float x1, float y1, float x2, float y2, Color color) {
        canvas.saveState();
        canvas.setColorStroke(color);
        canvas.setLineWidth(0.75f);
        canvas.moveTo(x1, y1);
        canvas.lineTo(x2, y2);
        canvas.stroke();
        canvas.restoreState();
    }

    private void labelOnWhite(String text, float x, float y, float size) {
        canvas.saveState();
        canvas.setColorFill(Color.WHITE);
        canvas.rectangle(x - 1, y - size * 0.25f, font.getWidthPoint(text, size) + 2, size);
        canvas.fill();
        canvas.restoreState();
        text(text, Element.ALIGN_LEFT, x, y, size);
    }

    private void text(String text, int alignment, float x, float y, float size) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.showTextAligned(alignment, text, x, y, 0);
        canvas.endText();
    }

    private String fitted(String text, float width, float size) {
        if (font.getWidthPoint(text, size) <= width) {
            return text;
        }
        String shortened = text;
        while (!shortened.isEmpty() && font.getWidthPoint(shortened + "…", size) > width) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened.stripTrailing() + "…";
    }

    private static BaseFont helvetica() {
        try {
            return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("the standard Helvetica metrics are missing from OpenPDF", e);
        }
    }

    /** Maps values onto the page: from 0 (or the lowest value, if negative) to the highest value. */
    record Scale(BigDecimal min, BigDecimal max, float left, float right) {

        static Scale of(List<BigDecimal> values, float left, float right) {
            BigDecimal min = values.stream().reduce(BigDecimal.ZERO, BigDecimal::min);
            BigDecimal max = values.stream().reduce(BigDecimal.ZERO, BigDecimal::max);
            return new Scale(min, max.compareTo(min) == 0 ? min.add(BigDecimal.ONE) : max, left, right);
        }

        float x(BigDecimal value) {
            double share = value.subtract(min).doubleValue() / max.subtract(min).doubleValue();
            return left + (float) share * (right - left);
        }

        float zero() {
            return x(BigDecimal.ZERO);
        }

        List<BigDecimal> ticks() {
            return min.signum() < 0 ? List.of(min, BigDecimal.ZERO, max) : List.of(min, max);
        }
    }
}
