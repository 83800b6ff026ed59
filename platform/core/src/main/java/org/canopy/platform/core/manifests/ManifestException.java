package org.canopy.platform.core.manifests;

import org.canopy.platform.core.http.Problem;
import org.canopy.platform.core.http.Problem.ManifestError;
import org.canopy.platform.core.http.ProblemException;

import java.util.List;
import java.util.stream.Collectors;

/** A manifest that cannot be applied; every error names its file, line and field. Nothing was written. */
public class ManifestException extends ProblemException {

    private final transient List<ManifestError> errors;

    public ManifestException(List<ManifestError> errors) {
        super(new Problem(ProblemException.type("manifest-invalid"), "Invalid tenant manifest", 400,
                describe(errors), null, null, List.copyOf(errors), null));
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
