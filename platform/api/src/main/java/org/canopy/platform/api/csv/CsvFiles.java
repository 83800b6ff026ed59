package org.canopy.platform.api.csv;

import java.util.List;

/**
 * CSV in and out, the way spreadsheets read and write it (the core runs Apache Commons CSV), from
 * {@code ModuleContext.csv()}.
 * <ul>
 *   <li>Export: RFC 4180, UTF-8 with a byte-order mark so that Excel reads names such as "Zoë"
 *       right; text cells that a spreadsheet would run as a formula ({@code = + - @}) are defused
 *       with a leading apostrophe; numbers and dates are written as they are.</li>
 *   <li>Import: all or nothing, each problem named by row and column, for a preview before commit
 *       ({@link CsvImport}).</li>
 * </ul>
 */
public interface CsvFiles {

    /** The content type of an export. */
    String CONTENT_TYPE = "text/csv; charset=UTF-8";

    /** A file of {@code header} and {@code rows}; a cell is text, a number, a date or null (empty). */
    byte[] export(List<String> header, List<? extends List<?>> rows);

    /**
     * Reads {@code content} (UTF-8, with or without a byte-order mark): a header row that has every
     * one of {@code columns}, then at most {@code maxRows} data rows, each given to {@code reader}.
     * A missing column, a row too many or an unreadable file is an error of the import too.
     */
    <T> CsvImport<T> read(byte[] content, List<String> columns, int maxRows, RowReader<T> reader);

    /** Reads one data row into the module's value; reports problems with {@link CsvRow#error} (its result is then dropped). */
    @FunctionalInterface
    interface RowReader<T> {
        T read(CsvRow row);
    }
}
