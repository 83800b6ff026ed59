package org.canopy.platform.api.csv;

import java.util.List;

/**
 * What an imported CSV file holds: every row read, or every problem found, never half of each.
 * Show {@link #rows()} as a preview before committing them; with any error, commit nothing
 * ({@link #orRefuse()}) and show the report.
 */
public record CsvImport<T>(List<T> rows, List<CellError> errors) {

    public CsvImport {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** The rows to commit, all of them; a 400 ({@link InvalidCsv}) with every error when there is any. */
    public List<T> orRefuse() {
        if (!ok()) {
            throw new InvalidCsv(errors);
        }
        return rows;
    }
}
