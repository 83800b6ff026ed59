package org.canopy.platform.core.plugins;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.canopy.platform.api.csv.CellError;
import org.canopy.platform.api.csv.CsvFiles;
import org.canopy.platform.api.csv.CsvImport;
import org.canopy.platform.api.csv.CsvRow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Modules' CSV with Apache Commons CSV (see {@link CsvFiles} for the rules). Stateless: one for the platform. */
final class ModuleCsv implements CsvFiles {

    static final ModuleCsv INSTANCE = new ModuleCsv();

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final CSVFormat READ = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).setIgnoreHeaderCase(true).get();

    private ModuleCsv() {
    }

    @Override
    public byte[] export(List<String> header, List<? extends List<?>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            out.write(BYTE_ORDER_MARK);
            printer.printRecord(header.stream().map(ModuleCsv::cell).toList());
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(ModuleCsv::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public <T> CsvImport<T> read(byte[] content, List<String> columns, int maxRows, RowReader<T> reader) {
        List<T> rows = new ArrayList<>();
        List<CellError> errors = new ArrayList<>();
        String text = new String(content, StandardCharsets.UTF_8);
        try (CSVParser parser = READ.parse(new StringReader(text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text))) {
            Set<String> header = parser.getHeaderNames().stream().map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            columns.stream().filter(column -> !header.contains(column.toLowerCase(Locale.ROOT))).forEach(column -> errors.add(
                    new CellError(1, column, "Column missing from the header row (expected " + String.join(", ", columns) + ")")));
            if (!errors.isEmpty()) {
                return new CsvImport<>(List.of(), errors);
            }
            for (CSVRecord record : parser) {
                int row = (int) record.getRecordNumber() + 1;
                if (row - 1 > maxRows) {
                    errors.add(new CellError(row, "", "Too many rows: import at most " + maxRows + " at a time"));
                    break;
                }
                CsvRow csvRow = new CsvRow(row, cells(record, columns), errors);
                T value = reader.read(csvRow);
                if (!csvRow.hasErrors()) {
                    rows.add(value);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            errors.add(new CellError(1, "", "The file is not CSV that a spreadsheet saves: " + e.getMessage()));
        }
        return new CsvImport<>(errors.isEmpty() ? rows : List.of(), errors);
    }

    private static Map<String, String> cells(CSVRecord record, List<String> columns) {
        Map<String, String> byLowerCase = new HashMap<>();
        record.toMap().forEach((name, value) -> byLowerCase.put(name.toLowerCase(Locale.ROOT), value));
        Map<String, String> cells = new HashMap<>();
        columns.forEach(column -> {
            String value = byLowerCase.get(column.toLowerCase(Locale.ROOT));
            if (value != null) {
                cells.put(column, value);
            }
        });
        return cells;
    }

    /** Text a spreadsheet would run as a formula gets a leading apostrophe; numbers (such as -3) and dates stay as they are. */
    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        boolean formulaLike = value instanceof CharSequence && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
        return formulaLike ? "'" + text : text;
    }
}
