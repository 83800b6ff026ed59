package org.canopy.platform.core.manifests;

import org.canopy.platform.core.common.ManifestError;

import java.util.List;
import java.util.stream.Collectors;

/** A manifest that cannot be applied; every error names its file, line and field. Nothing was written. */
public class ManifestException extends RuntimeException {

    private final transient List<ManifestError> errors;

    public ManifestException(List<ManifestError> errors) {
        super(describe(errors));
        this.errors = List.copyOf(errors);
    }

    public List<ManifestError> errors() {
        return errors;
    }

    private static String describe(List<ManifestError> errors) {
        return errors.stream().map(ManifestError::toString).collect(Collectors.joining("; "))
                + " (nothing was written)";
    }
}
