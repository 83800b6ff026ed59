package org.canopy.platform.core.manifests;

import jakarta.validation.Validation;
import org.canopy.platform.core.common.InputValidator;
import org.canopy.platform.core.common.ManifestError;
import org.canopy.platform.core.http.Problem;
import org.canopy.platform.core.http.ProblemException;
import org.canopy.platform.core.identity.Role;
import org.canopy.platform.core.manifests.ManifestCheck.ValidManifest;
import org.canopy.platform.core.schools.InspectionDetails;
import org.canopy.platform.core.schools.OfstedJudgement;
import org.canopy.platform.core.schools.Phase;
import org.canopy.platform.core.schools.Region;
import org.canopy.platform.core.schools.ReportCardArea;
import org.canopy.platform.core.schools.ReportCardGrade;
import org.canopy.platform.core.schools.Safeguarding;
import org.canopy.platform.core.schools.SchoolDetails;
import org.canopy.platform.core.tenancy.TenantKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/** {@link ManifestReader} and {@link ManifestCheck} together, as the provisioner runs them. */
class ManifestCheckTest {

    private static final InputValidator VALIDATOR =
            new InputValidator(Validation.buildDefaultValidatorFactory().getValidator());
    private static final String FILE = "tenants/oak.yaml";

    private static final String HEAD = """
            kind: trust
            slug: oak-trust
            name: Oak Trust
            """;

    private static final String OAK_PRIMARY = """
              - urn: "100001"
                name: Oak Primary
                phase: primary
                localAuthority: Leeds
                region: yorkshire-and-the-humber
                pupils: 420
                joined: 2020-09-01
            """;

    private static ValidManifest check(String yaml) {
        return new ManifestCheck(VALIDATOR).check(ManifestReader.read(FILE, yaml));
    }

    private static List<ManifestError> errorsOf(String yaml) {
        ManifestException e = catchThrowableOfType(ManifestException.class, () -> check(yaml));
        assertThat(e).as("manifest should be rejected").isNotNull();
        return e.errors();
    }

    @Test
    void checksAValidManifest() {
        ValidManifest manifest = check("""
                kind: trust
                slug: oak-trust
                name: Oak Trust
                modules:
                  - cpd-audit
                administrators:
                  - email: Hannah@Oak.org
                    name: Hannah Head
                    role: trust-executive
                  - email: lee@oak.org
                    name: Lee Lead
                    role: headteacher
                    school: "100002"
                schools:
                  - urn: "100001"
                    name: Oak Primary
                    phase: primary
                    localAuthority: Leeds
                    region: yorkshire-and-the-humber
                    pupils: 420
                    fsmPercent: 23.5
                    ofsted: good
                    joined: 2020-09-01
                  - urn: 100002
                    name: Oak Sixth Form
                    phase: 16-plus
                    localAuthority: Leeds
                    region: yorkshire-and-the-humber
                    pupils: 300
                    joined: 2021-09-01
                staff:
                  - email: ada@oak.org
                    name: Ada
                    school: "100001"
                    group: teacher
                    fte: 1.0
                    started: 2020-09-01
                  - email: ben@oak.org
                    name: Ben
                    group: executive
                    fte: 0.5
                    started: 2019-01-01
                inspections:
                  - {school: "100002", date: 2023-06-07, judgement: requires-improvement}
                  - school: "100002"
                    date: 2026-01-20
                    safeguarding: met
                    grades:
                      inclusion: expected-standard
                      curriculum-and-teaching: expected-standard
                      achievement: needs-attention
                      attendance-and-behaviour: strong-standard
                      personal-development-and-wellbeing: expected-standard
                      sixth-form: strong-standard
                      leadership-and-governance: expected-standard
                """);

        assertThat(manifest.file()).isEqualTo(FILE);
        assertThat(manifest.tenant().slug()).isEqualTo("oak-trust");
        assertThat(manifest.tenant().name()).isEqualTo("Oak Trust");
        assertThat(manifest.tenant().kind()).isEqualTo(TenantKind.TRUST);
        assertThat(manifest.modules()).containsExactly("cpd-audit");
        assertThat(manifest.administrators()).containsExactly(
                new ManifestCheck.ValidAdministrator("hannah@oak.org", "Hannah Head", Role.TRUST_EXECUTIVE, null),
                new ManifestCheck.ValidAdministrator("lee@oak.org", "Lee Lead", Role.HEADTEACHER, "100002"));
        assertThat(manifest.schools()).extracting(SchoolDetails::urn).containsExactly("100001", "100002");
        SchoolDetails primary = manifest.schools().get(0);
        assertThat(primary.phase()).isEqualTo(Phase.PRIMARY);
        assertThat(primary.region()).isEqualTo(Region.YORKSHIRE_AND_THE_HUMBER);
        assertThat(primary.pupils()).isEqualTo(420);
        assertThat(primary.fsmPercent()).isEqualByComparingTo("23.5");
        assertThat(primary.joinedOn()).isEqualTo(LocalDate.of(2020, 9, 1));
        SchoolDetails sixthForm = manifest.schools().get(1);
        assertThat(sixthForm.phase()).isEqualTo(Phase.SIXTEEN_PLUS);
        assertThat(sixthForm.fsmPercent()).isNull();
        assertThat(manifest.staff()).hasSize(2);
        assertThat(manifest.staff().get(0).schoolUrn()).isEqualTo("100001");
        assertThat(manifest.staff().get(0).staffGroup()).isEqualTo("teacher");
        assertThat(manifest.staff().get(1).schoolUrn()).isNull();
        assertThat(manifest.staff().get(1).startedOn()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(manifest.inspections()).extracting(ManifestCheck.ValidInspection::schoolUrn).containsExactly("100001", "100002", "100002");
        assertThat(manifest.inspections().get(0).details()).isEqualTo(InspectionDetails.judgement(null, OfstedJudgement.GOOD));
        assertThat(manifest.inspections().get(1).details())
                .isEqualTo(InspectionDetails.judgement(LocalDate.of(2023, 6, 7), OfstedJudgement.REQUIRES_IMPROVEMENT));
        InspectionDetails card = manifest.inspections().get(2).details();
        assertThat(card.safeguarding()).isEqualTo(Safeguarding.MET);
        assertThat(card.grades()).hasSize(7).containsEntry(ReportCardArea.SIXTH_FORM, ReportCardGrade.STRONG_STANDARD)
                .containsEntry(ReportCardArea.ACHIEVEMENT, ReportCardGrade.NEEDS_ATTENTION);
    }

    @Test
    void reportsABadInspectionAtTheLineOfEachField() {
        List<ManifestError> errors = errorsOf(HEAD + "schools:\n" + OAK_PRIMARY + """
                inspections:
                  - school: "100001"
                    date: 2026-01-20
                    safeguarding: met
                    grades:
                      inclusion: good
                      curriculum-and-teaching: expected-standard
                      achievement: expected-standard
                      attendance-and-behaviour: expected-standard
                      personal-development-and-wellbeing: expected-standard
                  - {school: "999999", date: 2019-01-10, judgement: good}
                  - {school: "100001", date: 2019-01-10, judgement: good}
                  - {school: "100001", date: 2019-01-10, judgement: outstanding}
                """);

        assertThat(errors).extracting(ManifestError::line, ManifestError::field).containsExactlyInAnyOrder(
                tuple(17, "inspections[1].grades.inclusion"),
                tuple(16, "inspections[1].grades.leadership-and-governance"),
                tuple(22, "inspections[2].school"),
                tuple(24, "inspections[4].date"));
        assertSingleError(errorsOf(HEAD + """
                inspections:
                  - {school: "100001", date: 2026-02-02, safeguarding: met, grades: {quality-of-education: good}}
                """), 5, "inspections[1].grades.quality-of-education", "leadership-and-governance");
    }

    @Test
    void reportsInvalidYamlAtTheLineOfTheProblem() {
        List<ManifestError> errors = errorsOf("""
                kind: trust
                slug: oak-trust
                name: Oak: Trust
                """);

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo(FILE);
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.message()).contains("not valid YAML");
        });
    }

    @Test
    void reportsADocumentThatIsNotAMapping() {
        assertThat(errorsOf("- just\n- a list\n")).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.field()).isEqualTo("(document)");
        });
    }

    @Test
    void reportsAnUnknownKeyAtItsOwnLine() {
        List<ManifestError> errors = errorsOf(HEAD + """
                schools:
                  - urn: "100001"
                    name: Oak Primary
                    phse: primary
                """);

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo(FILE);
            assertThat(error.line()).isEqualTo(7);
            assertThat(error.field()).isEqualTo("schools[1].phse");
            assertThat(error.message()).contains("phase");
        });
    }

    @Test
    void reportsAnUnknownTopLevelKey() {
        assertThat(errorsOf(HEAD + "school: []\n"))
                .extracting(ManifestError::line, ManifestError::field)
                .containsExactly(tuple(4, "school"));
    }

    @Test
    void reportsABadUrnAtTheLineOfTheUrnKey() {
        List<ManifestError> errors = errorsOf(HEAD + """
                schools:
                  - name: Oak Primary
                    phase: primary
                    urn: 12345
                    localAuthority: Leeds
                    region: yorkshire-and-the-humber
                    pupils: 420
                    joined: 2020-09-01
                """);

        assertSingleError(errors, 7, "schools[1].urn", "6 digits");
    }

    @Test
    void reportsAWrongTypeAtItsLine() {
        List<ManifestError> errors = errorsOf(HEAD + """
                schools:
                  - urn: "100001"
                    name: Oak Primary
                    phase: primary
                    localAuthority: Leeds
                    region: yorkshire-and-the-humber
                    pupils: many
                    joined: 2020-09-01
                """);

        assertSingleError(errors, 10, "schools[1].pupils", "whole number");
    }

    @Test
    void reportsARepeatedUrnAtTheSecondSchool() {
        List<ManifestError> errors = errorsOf(HEAD + "schools:\n" + OAK_PRIMARY + """
                  - name: Oak Infants
                    phase: primary
                    urn: "100001"
                    localAuthority: Leeds
                    region: yorkshire-and-the-humber
                    pupils: 180
                    joined: 2022-09-01
                """);

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(14);
            assertThat(error.field()).isEqualTo("schools[2].urn");
            assertThat(error.message()).contains("100001", "line 5");
        });
    }

    @Test
    void reportsStaffInASchoolThatIsNotInTheManifest() {
        List<ManifestError> errors = errorsOf(HEAD + "schools:\n" + OAK_PRIMARY + """
                staff:
                  - email: ada@oak.org
                    name: Ada
                    school: "999999"
                    group: teacher
                    fte: 1.0
                    started: 2020-09-01
                """);

        assertSingleError(errors, 15, "staff[1].school", "999999");
    }

    @Test
    void reportsStaffWithoutEmailAtTheStartOfTheEntry() {
        List<ManifestError> errors = errorsOf(HEAD + """
                staff:
                  - name: Ada
                    group: teacher
                    fte: 1.0
                    started: 2020-09-01
                """);

        assertSingleError(errors, 5, "staff[1].email", "required");
    }

    @Test
    void reportsARepeatedStaffEmailWhateverItsCase() {
        List<ManifestError> errors = errorsOf(HEAD + """
                staff:
                  - email: ada@oak.org
                    name: Ada
                    group: teacher
                    fte: 1.0
                    started: 2020-09-01
                  - email: ADA@oak.org
                    name: Ada Again
                    group: teacher
                    fte: 1.0
                    started: 2020-09-01
                """);

        assertSingleError(errors, 10, "staff[2].email", "line 5");
    }

    @Test
    void reportsAnUnknownAdministratorRoleAtItsLine() {
        List<ManifestError> errors = errorsOf(HEAD + """
                administrators:
                  - email: hannah@oak.org
                    name: Hannah Head
                    role: queen
                """);

        assertSingleError(errors, 7, "administrators[1].role", "trust-executive");
    }

    @Test
    void theDemoTenantsPassWithEveryRoleAndBothKindsOfInspection() throws java.io.IOException {
        java.nio.file.Path tenants = java.nio.file.Path.of("../../tenants");
        ValidManifest trust = check(java.nio.file.Files.readString(tenants.resolve("riverside-learning-trust.yaml")));
        ValidManifest hub = check(java.nio.file.Files.readString(tenants.resolve("pennine-cpd-hub.yaml")));
        assertThat(trust.administrators()).extracting(ManifestCheck.ValidAdministrator::role).contains(Role.TRUST_FINANCE);
        assertThat(hub.administrators()).extracting(ManifestCheck.ValidAdministrator::role).contains(Role.HUB_LEAD);
        assertThat(trust.inspections()).extracting(i -> i.details().isReportCard()).contains(true, false);
    }

    @Test
    void aTrustHasNoHubLeadAndAHubNoTrustFinance() {
        assertSingleError(errorsOf(HEAD + """
                administrators:
                  - {email: cfo@oak.org, name: Cara Cash, role: trust-finance}
                  - {email: hana@oak.org, name: Hana Hub, role: hub-lead}
                """), 6, "administrators[2].role", "hub's role");
        assertSingleError(errorsOf("""
                kind: hub
                slug: oak-hub
                name: Oak Hub
                administrators:
                  - {email: hana@oak.org, name: Hana Hub, role: hub-lead}
                  - {email: cfo@oak.org, name: Cara Cash, role: trust-finance}
                """), 6, "administrators[2].role", "trust's role");
    }

    @Test
    void reportsEveryCheckErrorTogether() {
        ManifestException e = catchThrowableOfType(ManifestException.class, () -> check("""
                kind: trust
                slug: Oak Trust
                name: Oak Trust
                modules:
                  - Not A Module
                administrators:
                  - email: hannah@oak.org
                    name: Hannah Head
                    role: trust-executive
                    school: "100009"
                """));

        assertThat(e.errors()).extracting(ManifestError::line, ManifestError::field).containsExactlyInAnyOrder(
                tuple(2, "slug"),
                tuple(5, "modules[1]"),
                tuple(10, "administrators[1].school"));
        Problem answer = ProblemException.invalidManifest(e.getMessage(), e.errors()).problem();
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.type()).isEqualTo("urn:canopy:problem:manifest-invalid");
        assertThat(answer.manifestErrors()).hasSize(3);
        assertThat(e.getMessage()).contains("tenants/oak.yaml:2: slug", "nothing was written");
    }

    private static void assertSingleError(List<ManifestError> errors, int line, String field, String messagePart) {
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(line);
            assertThat(error.field()).isEqualTo(field);
            assertThat(error.message()).contains(messagePart);
        });
    }
}
