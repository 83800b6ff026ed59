package org.canopy.platform.core.manifests;

import org.canopy.platform.core.common.Codes;
import org.canopy.platform.core.common.England;
import org.canopy.platform.core.common.FieldError;
import org.canopy.platform.core.common.FieldErrors;
import org.canopy.platform.core.common.InputValidator;
import org.canopy.platform.core.common.ManifestError;
import org.canopy.platform.core.identity.Role;
import org.canopy.platform.core.schools.InspectionDetails;
import org.canopy.platform.core.schools.SchoolDetails;
import org.canopy.platform.core.schools.SchoolInput;
import org.canopy.platform.core.staff.StaffInput;
import org.canopy.platform.core.tenancy.TenantInput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Validates a whole manifest with the same rules as the API (so a school is valid in a manifest
 * exactly when it is valid over HTTP), plus the manifest's own: unique URNs and emails, staff and
 * administrators only in the manifest's schools, every staff member with an email (their key).
 */
public final class ManifestCheck {

    private static final String MODULE_ID = "^[a-z][a-z0-9-]{1,62}$";

    private final InputValidator validator;
    private final LocalDate today;

    public ManifestCheck(InputValidator validator) {
        this(validator, England.today());
    }

    /** @param today in England: no inspection may be dated after it */
    public ManifestCheck(InputValidator validator, LocalDate today) {
        this.validator = validator;
        this.today = today;
    }

    /** A manifest that passed every check; staff stay as input, to be resolved against saved schools. */
    public record ValidManifest(String file, TenantInput.Valid tenant, List<String> modules,
                                List<ValidAdministrator> administrators, List<SchoolDetails> schools,
                                List<StaffInput> staff, List<ValidInspection> inspections) {
    }

    /** An inspection of a school of the manifest; undated for a school's former single {@code ofsted} word. */
    public record ValidInspection(String schoolUrn, InspectionDetails details) {
    }

    public record ValidAdministrator(String email, String name, Role role, String schoolUrn) {
    }

    public ValidManifest check(TenantManifest manifest) {
        List<ManifestError> errors = new ArrayList<>();
        FieldErrors tenantErrors = new FieldErrors();
        TenantInput.Valid tenant = manifest.tenant().value().validate(validator, tenantErrors);
        report(manifest, manifest.tenant(), tenantErrors.list(), Function.identity(), errors);

        List<String> modules = new ArrayList<>();
        for (Located<String> module : manifest.modules()) {
            if (module.value() == null || !module.value().matches(MODULE_ID)) {
                errors.add(new ManifestError(manifest.file(), module.line(), module.path(),
                        "must be a module id such as cpd-audit"));
            } else {
                modules.add(module.value());
            }
        }

        Map<String, UUID> urns = new HashMap<>();
        Map<String, Integer> urnLines = new HashMap<>();
        List<SchoolDetails> schools = new ArrayList<>();
        List<ValidInspection> inspections = new ArrayList<>();
        for (Located<SchoolInput> school : manifest.schools()) {
            FieldErrors fieldErrors = new FieldErrors();
            SchoolDetails details = school.value().validate(validator, fieldErrors);
            if (details != null) {
                school.value().undatedJudgement().ifPresent(judgement -> inspections.add(new ValidInspection(details.urn(), judgement)));
            }
            report(manifest, school, fieldErrors.list(), ManifestCheck::schoolKey, errors);
            if (details != null) {
                Integer earlier = urnLines.putIfAbsent(details.urn(), school.lineOf("urn"));
                if (earlier != null) {
                    errors.add(new ManifestError(manifest.file(), school.lineOf("urn"), school.path() + ".urn",
                            "repeats URN " + details.urn() + " (first on line " + earlier + ")"));
                } else {
                    urns.put(details.urn(), UUID.randomUUID());
                    schools.add(details);
                }
            }
        }

        Map<String, Integer> emailLines = new HashMap<>();
        List<StaffInput> staff = new ArrayList<>();
        for (Located<StaffInput> member : manifest.staff()) {
            FieldErrors fieldErrors = new FieldErrors();
            if (member.value().email() == null) {
                fieldErrors.add("email", "is required in a manifest (it identifies the person on every re-run)");
            }
            if (member.value().validate(validator, urns, fieldErrors) != null) {
                staff.add(member.value());
            }
            report(manifest, member, fieldErrors.list(), ManifestCheck::staffKey, errors);
            String email = member.value().email();
            if (email != null) {
                Integer earlier = emailLines.putIfAbsent(email.trim().toLowerCase(java.util.Locale.ROOT), member.lineOf("email"));
                if (earlier != null) {
                    errors.add(new ManifestError(manifest.file(), member.lineOf("email"), member.path() + ".email",
                            "repeats " + email + " (first on line " + earlier + ")"));
                }
            }
        }

        List<ValidAdministrator> administrators = new ArrayList<>();
        for (Located<TenantManifest.Administrator> located : manifest.administrators()) {
            TenantManifest.Administrator admin = located.value();
            FieldErrors fieldErrors = new FieldErrors();
            if (admin.email() == null || admin.email().length() > 254 || !admin.email().matches("^[^@\\s]+@[^@\\s]+$")) {
                fieldErrors.add("email", "must be the email address the administrator signs in with");
            }
            if (admin.name() == null || admin.name().isBlank() || admin.name().length() > 200) {
                fieldErrors.add("name", "must be 1 to 200 characters");
            }
            Role role = admin.role() == null ? null : fieldErrors.code("role", Role.class, admin.role());
            if (admin.role() == null) {
                fieldErrors.add("role", Codes.allowed(Role.class));
            }
            if (role != null && tenant != null) {
                tenant.kind().refusal(role).ifPresent(refusal -> fieldErrors.add("role", refusal));
            }
            if (admin.schoolUrn() != null && !urns.containsKey(admin.schoolUrn())) {
                fieldErrors.add("school", "must be the URN of a school in this manifest");
            }
            report(manifest, located, fieldErrors.list(), Function.identity(), errors);
            if (fieldErrors.isEmpty()) {
                administrators.add(new ValidAdministrator(admin.email().toLowerCase(java.util.Locale.ROOT),
                        admin.name().trim(), role, admin.schoolUrn()));
            }
        }

        inspections.addAll(inspections(manifest, urns.keySet(), errors));

        if (!errors.isEmpty()) {
            throw new ManifestException(errors);
        }
        return new ValidManifest(manifest.file(), tenant, List.copyOf(modules), administrators, schools, staff, inspections);
    }

    /** The dated inspections, each of a school of the manifest, at most one a day per school. */
    private List<ValidInspection> inspections(TenantManifest manifest, Set<String> urns, List<ManifestError> errors) {
        List<ValidInspection> inspections = new ArrayList<>();
        Map<String, Integer> firstLines = new HashMap<>();
        for (Located<TenantManifest.Inspection> located : manifest.inspections()) {
            String urn = located.value().schoolUrn();
            FieldErrors fieldErrors = new FieldErrors();
            if (urn == null || !urns.contains(urn)) {
                fieldErrors.add("school", "must be the URN of a school in this manifest");
            }
            InspectionDetails details = located.value().inspection().validate(fieldErrors, today);
            report(manifest, located, fieldErrors.list(), Function.identity(), errors);
            if (!fieldErrors.isEmpty()) {
                continue;
            }
            Integer earlier = firstLines.putIfAbsent(urn + " " + details.date(), located.lineOf("date"));
            if (earlier != null) {
                errors.add(new ManifestError(manifest.file(), located.lineOf("date"), located.path() + ".date",
                        "repeats the inspection of " + urn + " on " + details.date() + " (first on line " + earlier + ")"));
            } else {
                inspections.add(new ValidInspection(urn, details));
            }
        }
        return inspections;
    }

    /** Field errors named as the input names them, reported at the line and key the manifest used. */
    private static void report(TenantManifest manifest, Located<?> entry, List<FieldError> fieldErrors,
                               Function<String, String> manifestKey, List<ManifestError> errors) {
        for (FieldError error : fieldErrors) {
            String key = manifestKey.apply(error.field());
            String field = entry.path().isEmpty() ? key : entry.path() + "." + key;
            errors.add(new ManifestError(manifest.file(), entry.lineOf(error.field()), field, error.message()));
        }
    }

    private static String schoolKey(String field) {
        return invert(ManifestReader.SCHOOL_FIELDS).getOrDefault(field, field);
    }

    private static String staffKey(String field) {
        return invert(ManifestReader.STAFF_FIELDS).getOrDefault(field, field);
    }

    private static Map<String, String> invert(Map<String, String> map) {
        Map<String, String> inverted = new HashMap<>();
        map.forEach((key, value) -> inverted.put(value, key));
        return inverted;
    }
}
