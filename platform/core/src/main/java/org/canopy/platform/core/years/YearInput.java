package org.canopy.platform.core.years;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new academic year; terms default to the usual English calendar when left out. A class, not a record: Payara's
 * OpenAPI scanner fails on constraint annotations of record components.
 */
public final class YearInput {

    @NotBlank @Size(max = 7)
    private final String label;

    @Valid
    private final TermDates terms;

    @JsonbCreator
    public YearInput(@JsonbProperty("label") String label, @JsonbProperty("terms") TermDates terms) {
        this.label = label;
        this.terms = terms;
    }

    public String label() {
        return label;
    }

    public TermDates terms() {
        return terms;
    }

}
