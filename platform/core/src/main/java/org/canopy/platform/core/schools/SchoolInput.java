package org.canopy.platform.core.schools;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.canopy.platform.core.common.Codes;
import org.canopy.platform.core.common.FieldErrors;
import org.canopy.platform.core.common.InputValidator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** A school as a client or a manifest sends it; {@link #validate} turns it into {@link SchoolDetails}. A class, not a record: Payara's
 * OpenAPI scanner fails on constraint annotations of record components.
 */
public final class SchoolInput {

    @NotNull @Pattern(regexp = "^\\d{6}$", message = "must be exactly 6 digits (the school's URN)")
    private final String urn;

    @NotBlank @Size(max = 200)
    private final String name;

    @NotBlank
    private final String phase;

    @NotBlank @Size(max = 100)
    private final String localAuthority;

    @NotBlank
    private final String region;

    @NotNull @PositiveOrZero @Max(10_000)
    private final Long pupils;

    @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
    private final BigDecimal fsmPercent;

    private final String ofsted;

    @NotNull
    private final LocalDate joinedOn;

    private final LocalDate leftOn;

    @JsonbCreator
    public SchoolInput(@JsonbProperty("urn") String urn, @JsonbProperty("name") String name, @JsonbProperty("phase") String phase, @JsonbProperty("localAuthority") String localAuthority, @JsonbProperty("region") String region, @JsonbProperty("pupils") Long pupils, @JsonbProperty("fsmPercent") BigDecimal fsmPercent, @JsonbProperty("ofsted") String ofsted, @JsonbProperty("joinedOn") LocalDate joinedOn, @JsonbProperty("leftOn") LocalDate leftOn) {
        this.urn = urn;
        this.name = name;
        this.phase = phase;
        this.localAuthority = localAuthority;
        this.region = region;
        this.pupils = pupils;
        this.fsmPercent = fsmPercent;
        this.ofsted = ofsted;
        this.joinedOn = joinedOn;
        this.leftOn = leftOn;
    }

    public String urn() {
        return urn;
    }

    public String name() {
        return name;
    }

    public String phase() {
        return phase;
    }

    public String localAuthority() {
        return localAuthority;
    }

    public String region() {
        return region;
    }

    public Long pupils() {
        return pupils;
    }

    public BigDecimal fsmPercent() {
        return fsmPercent;
    }

    public String ofsted() {
        return ofsted;
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }

    public LocalDate leftOn() {
        return leftOn;
    }

    /**
     * The deprecated single word ({@code ofsted}): an overall judgement whose date was not given,
     * recorded as the school's undated inspection. Empty when absent or {@code not-yet-inspected}.
     */
    public Optional<InspectionDetails> undatedJudgement() {
        return Codes.parse(OfstedJudgement.class, ofsted).filter(judgement -> judgement != OfstedJudgement.NOT_YET_INSPECTED)
                .map(judgement -> InspectionDetails.judgement(null, judgement));
    }

    /** The details, or null with {@code errors} filled in. */
    public SchoolDetails validate(InputValidator validator, FieldErrors errors) {
        errors.addAll(validator.validate(this));
        Phase parsedPhase = errors.code("phase", Phase.class, phase);
        Region parsedRegion = errors.code("region", Region.class, region);
        errors.code("ofsted", OfstedJudgement.class, ofsted);
        errors.plausibleDate("joinedOn", joinedOn).plausibleDate("leftOn", leftOn);
        if (joinedOn != null && leftOn != null && leftOn.isBefore(joinedOn)) {
            errors.add("leftOn", "must not be before joinedOn");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new SchoolDetails(urn, name.trim(), parsedPhase, localAuthority.trim(), parsedRegion, pupils.intValue(),
                SchoolDetails.percent(fsmPercent), joinedOn, leftOn);
    }
}
