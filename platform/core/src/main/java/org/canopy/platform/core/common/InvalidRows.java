package org.canopy.platform.core.common;

import java.util.List;

/** An uploaded table (CSV) with bad cells, every one of them reported; nothing of it was imported. */
public final class InvalidRows extends Refusal {

    private final transient List<CellError> rows;

    public InvalidRows(List<CellError> rows) {
        super(rows.size() + " problem(s) in the file; nothing was imported.");
        this.rows = List.copyOf(rows);
    }

    public List<CellError> rows() {
        return rows;
    }
}
