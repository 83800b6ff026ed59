package org.canopy.platform.core.tenancy;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.canopy.platform.core.common.FieldErrors;
import org.canopy.platform.core.common.InputValidator;
import org.canopy.platform.core.common.InvalidInput;

/** A tenant as the operator (or a manifest) describes it. A class, not a record: Payara's
 * OpenAPI scanner fails on constraint annotations of record components.
 */
public final class TenantInput {

    @NotNull @Pattern(regexp = SLUG, message = "must be 3 to 63 lower-case letters, digits or hyphens, not starting or ending with a hyphen")
    private final String slug;

    @NotBlank @Size(max = 200)
    private final String name;

    @NotBlank
    private final String kind;

    @JsonbCreator
    public TenantInput(@JsonbProperty("slug") String slug, @JsonbProperty("name") String name, @JsonbProperty("kind") String kind) {
        this.slug = slug;
        this.name = name;
        this.kind = kind;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public String kind() {
        return kind;
    }

    public static final String SLUG = "^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$";

    public record Valid(String slug, String name, TenantKind kind) {
    }

    public Valid validate(InputValidator validator, FieldErrors errors) {
        errors.addAll(validator.validate(this));
        TenantKind parsedKind = errors.code("kind", TenantKind.class, kind);
        return errors.isEmpty() ? new Valid(slug, name.trim(), parsedKind) : null;
    }

    public Valid validate(InputValidator validator) {
        FieldErrors errors = new FieldErrors();
        Valid valid = validate(validator, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors.list());
        }
        return valid;
    }
}
