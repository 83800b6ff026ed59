package org.canopy.platform.core.staff;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.canopy.platform.core.common.FieldErrors;
import org.canopy.platform.core.common.InputValidator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A staff member as a client, a CSV row or a manifest sends it. No school URN means the trust's
 * central team.
 * (A class, not a record: Payara's OpenAPI scanner fails on constraint annotations of record components.)
 */
public final class StaffInput {

    @NotBlank @Size(max = 200)
    private final String name;

    @Email @Size(max = 254)
    private final String email;

    @Pattern(regexp = "^\\d{6}$", message = "must be exactly 6 digits (the school's URN), or empty for the central team")
    private final String schoolUrn;

    @NotBlank
    private final String staffGroup;

    @NotNull @DecimalMin(value = "0.01") @DecimalMax("1.00") @Digits(integer = 1, fraction = 3)
    private final BigDecimal fte;

    @NotNull
    private final LocalDate startedOn;

    private final LocalDate leftOn;

    @JsonbCreator
    public StaffInput(@JsonbProperty("name") String name, @JsonbProperty("email") String email, @JsonbProperty("schoolUrn") String schoolUrn, @JsonbProperty("staffGroup") String staffGroup, @JsonbProperty("fte") BigDecimal fte, @JsonbProperty("startedOn") LocalDate startedOn, @JsonbProperty("leftOn") LocalDate leftOn) {
        this.name = name;
        this.email = email;
        this.schoolUrn = schoolUrn;
        this.staffGroup = staffGroup;
        this.fte = fte;
        this.startedOn = startedOn;
        this.leftOn = leftOn;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String schoolUrn() {
        return schoolUrn;
    }

    public String staffGroup() {
        return staffGroup;
    }

    public BigDecimal fte() {
        return fte;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate leftOn() {
        return leftOn;
    }

    /** The details, or null with {@code errors} filled in; {@code schoolsByUrn} are the tenant's schools. */
    public StaffDetails validate(InputValidator validator, Map<String, UUID> schoolsByUrn, FieldErrors errors) {
        errors.addAll(validator.validate(this));
        StaffGroup group = errors.code("staffGroup", StaffGroup.class, staffGroup);
        String urn = schoolUrn == null || schoolUrn.isBlank() ? null : schoolUrn.trim();
        UUID schoolId = urn == null ? null : schoolsByUrn.get(urn);
        if (urn != null && urn.matches("\\d{6}") && schoolId == null) {
            errors.add("schoolUrn", "no school with URN " + urn + " in this tenant");
        }
        errors.plausibleDate("startedOn", startedOn).plausibleDate("leftOn", leftOn);
        if (startedOn != null && leftOn != null && leftOn.isBefore(startedOn)) {
            errors.add("leftOn", "must not be before startedOn");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        String normalisedEmail = email == null || email.isBlank() ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
        return new StaffDetails(name.trim(), normalisedEmail, schoolId, group, fte.setScale(3, RoundingMode.HALF_UP),
                startedOn, leftOn);
    }
}
