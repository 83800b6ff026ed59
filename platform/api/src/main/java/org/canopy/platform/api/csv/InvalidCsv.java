package org.canopy.platform.api.csv;

import org.canopy.platform.api.problem.FieldError;
import org.canopy.platform.api.problem.ModuleProblem;

import java.util.List;

/**
 * A CSV import refused as a whole (400, {@code urn:canopy:problem:invalid-csv}): the API lists each
 * problem in {@code rows} as {@code {row, column, message}}, like the core's own imports; the
 * console's error summary says "Row 3, email: …".
 */
public class InvalidCsv extends ModuleProblem {

    private final List<CellError> cells;

    public InvalidCsv(List<CellError> cells) {
        super(400, "invalid-csv", "Invalid CSV", "The file has " + cells.size() + " problem" + (cells.size() == 1 ? "" : "s")
                + "; nothing was imported.", cells.stream().map(cell -> new FieldError("csv", cell.describe())).toList());
        this.cells = List.copyOf(cells);
    }

    /** Every problem, by row and column. */
    public List<CellError> cells() {
        return cells;
    }
}
