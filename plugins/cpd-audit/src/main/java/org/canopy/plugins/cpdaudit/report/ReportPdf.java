package org.canopy.plugins.cpdaudit.report;

import org.canopy.platform.api.StaffSurveys;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.canopy.plugins.cpdaudit.framework.Level;
import org.canopy.plugins.cpdaudit.priorities.StoredPriority;
import org.canopy.plugins.cpdaudit.report.AuditReport.AreaFindings;
import org.canopy.plugins.cpdaudit.survey.StaffSurveyReport;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;

/**
 * The published report as a PDF governors can file: the overall level, leaders' view against staff
 * view per area with the judgement and its rationale, the survey's response rate and the groups
 * shown (never one under five), and the two priorities with their actions. Standard Helvetica only.
 */
public final class ReportPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 20, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10);
    private static final Font SMALL = new Font(Font.HELVETICA, 8);
    private static final Font HEADER = new Font(Font.HELVETICA, 9, Font.BOLD);

    private ReportPdf() {
    }

    public static byte[] write(String schoolName, String academicYear, AuditReport report, List<StoredPriority> priorities) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.addTitle(schoolName + ": CPD audit " + academicYear);
        document.open();
        document.add(new Paragraph(schoolName, TITLE));
        document.add(new Paragraph("CPD audit " + academicYear + " · framework " + report.framework().title(), BODY));
        document.add(spaced(new Paragraph("Overall level: " + label(report.overall()), HEADING), 12));
        document.add(spaced(new Paragraph("Leaders' view against staff view", HEADING), 12));
        document.add(areas(report));
        document.add(spaced(new Paragraph("Staff survey", HEADING), 12));
        document.add(new Paragraph(survey(report.survey()), BODY));
        document.add(spaced(new Paragraph("Transformation priorities", HEADING), 12));
        for (StoredPriority priority : priorities) {
            document.add(new Paragraph(priority.position() + ". " + priority.title() + " ("
                    + report.framework().area(priority.areaKey()).map(a -> a.title()).orElse(priority.areaKey()) + ")", BODY));
            priority.actions().forEach(stored -> document.add(new Paragraph("   – " + stored.action().description() + ", "
                    + stored.action().owner() + ", due " + stored.action().due() + ", "
                    + (stored.action().complete() ? "complete" : stored.action().status().name().toLowerCase()), SMALL)));
        }
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable areas(AuditReport report) {
        PdfPTable table = new PdfPTable(new float[] {3, 2, 2, 2, 5});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : List.of("Area", "Leaders", "Staff", "Judged", "Rationale")) {
            table.addCell(new PdfPCell(new Phrase(header, HEADER)));
        }
        for (AreaFindings area : report.areas()) {
            table.addCell(new Phrase(area.area().title(), SMALL));
            table.addCell(new Phrase(label(area.leadersView()), SMALL));
            table.addCell(new Phrase(label(area.staffView()), SMALL));
            table.addCell(new Phrase(label(area.judged()), SMALL));
            table.addCell(new Phrase(area.rationale().orElse(""), SMALL));
        }
        return table;
    }

    private static String survey(StaffSurveyReport survey) {
        StringBuilder text = new StringBuilder("Staff survey: " + survey.responseRateText() + ". ");
        if (survey.meanAgreementByGroup().isEmpty()) {
            text.append("No staff group is shown on its own: ");
        } else {
            text.append("Shown by group: ").append(survey.meanAgreementByGroup().keySet().stream().map(ReportPdf::groupName)
                    .collect(java.util.stream.Collectors.joining(", "))).append(". ");
        }
        text.append("Results are never shown for fewer than ").append(StaffSurveys.MINIMUM_RESPONDENTS)
                .append(" respondents, nor where a smaller group could be worked out by subtraction.");
        return text.toString();
    }

    private static String groupName(String group) {
        return group.equals(StaffSurveyReport.OTHER_GROUPS) ? "other groups (combined)" : group;
    }

    private static String label(Optional<Level> level) {
        return level.map(Level::label).orElse("not yet");
    }

    private static Paragraph spaced(Paragraph paragraph, float before) {
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }
}
