package org.canopy.platform.core.comparison;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.canopy.platform.core.comparison.TrustComparison.Cell;
import org.canopy.platform.core.comparison.TrustComparison.Column;
import org.canopy.platform.core.comparison.TrustComparison.Row;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The trust comparison as RFC 4180 CSV for spreadsheets: numbers unformatted, "no data" for a
 * missing value, and text that a spreadsheet would run as a formula defused. The trust's own
 * metrics come last, with a value and a change only, filled on the "Trust (central)" row alone.
 */
public final class ComparisonCsv {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private ComparisonCsv() {
    }

    /** Leaves the writer open. */
    public static void write(TrustComparison comparison, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT);
        printer.printRecord(header(comparison));
        for (Row row : comparison.rows()) {
            printer.printRecord(record(row, comparison.central()));
        }
        if (!comparison.central().isEmpty()) {
            printer.printRecord(centralRecord(comparison));
        }
        printer.flush();
    }

    private static List<String> header(TrustComparison comparison) {
        String previousYear = comparison.previousYear() == null ? "previous year" : comparison.previousYear();
        List<String> header = new ArrayList<>(List.of("School", "URN", "Phase"));
        for (Column column : comparison.columns()) {
            String label = column.metric().label();
            header.addAll(List.of(label, label + " change on " + previousYear, label + " vs trust median"));
        }
        for (ComparedMetric metric : comparison.central().metrics()) {
            String label = metric.label() + " (trust)";
            header.addAll(List.of(label, label + " change on " + previousYear));
        }
        return header.stream().map(ComparisonCsv::text).toList();
    }

    private static List<String> record(Row row, TrustComparison.Central central) {
        ComparedSchool school = row.school();
        List<String> record = new ArrayList<>(List.of(text(school.name()), text(school.urn()), text(school.phase())));
        for (Cell cell : row.cells()) {
            record.add(MetricFormat.plain(cell.value()));
            record.add(MetricFormat.plain(cell.difference()));
            record.add(MetricFormat.position(cell.position()));
        }
        record.addAll(Collections.nCopies(2 * central.cells().size(), ""));
        return record;
    }

    private static List<String> centralRecord(TrustComparison comparison) {
        List<String> record = new ArrayList<>(List.of(TrustComparison.Central.NAME, "", ""));
        record.addAll(Collections.nCopies(3 * comparison.columns().size(), ""));
        for (Cell cell : comparison.central().cells()) {
            record.add(MetricFormat.plain(cell.value()));
            record.add(MetricFormat.plain(cell.difference()));
        }
        return record;
    }

    /** Only for text: numbers such as "-3" are ours and must stay numbers. */
    private static String text(String value) {
        boolean formulaLike = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0;
        return formulaLike ? "'" + value : value;
    }
}
