package org.canopy.platform.core.schools;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.canopy.platform.core.common.Codes;
import org.canopy.platform.core.common.Refusal;
import org.canopy.platform.core.console.ConsoleExchange;
import org.canopy.platform.core.console.ConsoleSection;
import org.canopy.platform.core.console.Form;
import org.canopy.platform.core.http.Ids;
import org.canopy.platform.core.http.ProblemException;
import org.canopy.platform.core.identity.Access;
import org.canopy.platform.core.identity.AccessPolicy;
import org.canopy.platform.core.tenancy.TenantKind;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/** The console's schools: the list (filtered by phase), a school's record, adding and editing. */
@ApplicationScoped
public class SchoolPages implements ConsoleSection {

    static final String[] FIELDS = {"urn", "name", "phase", "localAuthority", "region", "pupils", "fsmPercent",
            "joinedOn", "leftOn"};

    static final String[] INSPECTION_FIELDS = Stream.concat(Stream.of("date", "judgement", "safeguarding"),
            Arrays.stream(ReportCardArea.values()).map(area -> "grades." + area.code())).toArray(String[]::new);

    @Inject
    Schools schools;

    @Inject
    Inspections inspections;

    @Inject
    Access access;

    /** The list page: schools with their latest inspection in words, the phase filter, and whether the user may add. */
    public record SchoolList(List<SchoolRow> schools, String phase, List<Form.Option> phases, boolean canEdit) {
    }

    public record SchoolRow(SchoolView school, String latestInspection) {
    }

    /** A school's page, with its inspections newest first. */
    public record SchoolRecord(SchoolView school, List<InspectionSummary> inspections, boolean canEdit) {
    }

    /** Recording an inspection: either the judgement (before 10 November 2025) or the report card's grades and safeguarding. */
    public record InspectionForm(Form form, String action, String school, List<Form.Option> judgements,
                                 List<Form.Option> safeguarding, List<Form.Option> grades, List<Form.Option> areas) {
    }

    /** The add or edit form; {@code version} is null when adding. */
    public record SchoolForm(Form form, Long version, String action, List<Form.Option> phases, List<Form.Option> regions) {
    }

    @Override
    public String segment() {
        return "schools";
    }

    @Override
    public Optional<String> navigationLabel() {
        return Optional.of("Schools");
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean openTo(AccessPolicy policy, TenantKind kind) {
        return true;
    }

    @Override
    public void handle(ConsoleExchange exchange) throws IOException {
        List<String> path = exchange.path();
        if (path.isEmpty()) {
            list(exchange);
        } else if (path.size() == 1 && path.get(0).equals("new")) {
            add(exchange);
        } else if (path.size() == 1) {
            show(exchange, schools.get(Ids.parse(path.get(0), "School")));
        } else if (path.size() == 2 && path.get(1).equals("edit")) {
            edit(exchange, schools.get(Ids.parse(path.get(0), "School")));
        } else if (path.size() == 3 && path.get(1).equals("inspections") && path.get(2).equals("new")) {
            recordInspection(exchange, schools.get(Ids.parse(path.get(0), "School")));
        } else {
            throw ProblemException.notFound("Page");
        }
    }

    private void list(ConsoleExchange exchange) throws IOException {
        Optional<String> phaseCode = exchange.parameter("phase");
        Optional<Phase> phase = phaseCode.flatMap(code -> Codes.parse(Phase.class, code));
        if (phaseCode.isPresent() && phase.isEmpty()) {
            throw ProblemException.invalid("phase", Codes.allowed(Phase.class));
        }
        Map<UUID, List<OfstedInspection>> inspected = inspections.bySchool();
        List<SchoolRow> rows = schools.list(phase).stream().map(school -> {
            List<OfstedInspection> ofSchool = inspected.getOrDefault(school.id(), List.of());
            return new SchoolRow(SchoolView.of(school, ofSchool), InspectionSummary.latest(details(ofSchool)));
        }).toList();
        exchange.render(200, "schools/list.jte", exchange.frame("Schools", exchange.crumbs()),
                new SchoolList(rows, phaseCode.orElse(""), Form.options(Phase.class), access.policy().administersTrust()));
    }

    private void show(ConsoleExchange exchange, School school) throws IOException {
        List<OfstedInspection> ofSchool = inspections.of(school.id());
        exchange.render(200, "schools/view.jte", exchange.frame(school.name(), exchange.crumbs("Schools", "schools")),
                new SchoolRecord(SchoolView.of(school, ofSchool), details(ofSchool).stream().map(InspectionSummary::of).toList(),
                        access.policy().administersTrust()));
    }

    private static List<InspectionDetails> details(List<OfstedInspection> inspections) {
        return inspections.stream().map(OfstedInspection::details).toList();
    }

    private void add(ConsoleExchange exchange) throws IOException {
        access.requireTrustAdministrator();
        if (!exchange.isPost()) {
            renderForm(exchange, 200, "Add a school", Form.blank(), null);
            return;
        }
        Form form = Form.submitted(exchange, FIELDS);
        SchoolInput input = input(form);
        if (form.hasErrors()) {
            renderForm(exchange, 400, "Add a school", form, null);
            return;
        }
        try {
            School school = schools.create(input);
            exchange.redirect("schools/" + school.id(), school.name() + " was added");
        } catch (Refusal refused) {
            renderForm(exchange, 400, "Add a school", form.rejectedBy(refused), null);
        }
    }

    private void edit(ConsoleExchange exchange, School school) throws IOException {
        access.requireTrustAdministrator();
        String title = "Edit " + school.name();
        if (!exchange.isPost()) {
            renderForm(exchange, 200, title, Form.of(values(school.details())), school);
            return;
        }
        Form form = Form.submitted(exchange, FIELDS);
        SchoolInput input = input(form);
        Long version = Form.hiddenNumber(exchange.parameter("version").orElse(""));
        if (form.hasErrors() || version == null) {
            renderForm(exchange, 400, title, form, school);
            return;
        }
        try {
            schools.update(school.id(), version, input);
            exchange.redirect("schools/" + school.id(), "Changes to " + input.name() + " were saved");
        } catch (Refusal refused) {
            renderForm(exchange, 400, title, form.rejectedBy(refused), school);
        }
    }

    private void recordInspection(ConsoleExchange exchange, School school) throws IOException {
        access.requireTrustAdministrator();
        if (!exchange.isPost()) {
            renderInspectionForm(exchange, 200, Form.blank(), school);
            return;
        }
        Form form = Form.submitted(exchange, INSPECTION_FIELDS);
        Map<String, String> grades = new LinkedHashMap<>();
        for (ReportCardArea area : ReportCardArea.values()) {
            String grade = form.text("grades." + area.code());
            if (grade != null) {
                grades.put(area.code(), grade);
            }
        }
        InspectionInput input = new InspectionInput(form.date("date"), form.text("judgement"), grades, form.text("safeguarding"));
        if (form.hasErrors()) {
            renderInspectionForm(exchange, 400, form, school);
            return;
        }
        try {
            inspections.record(school, input);
            exchange.redirect("schools/" + school.id(), "The inspection of " + school.name() + " was recorded");
        } catch (Refusal refused) {
            renderInspectionForm(exchange, 400, form.rejectedBy(refused), school);
        }
    }

    private void renderInspectionForm(ConsoleExchange exchange, int status, Form form, School school) throws IOException {
        List<Form.Option> judgements = Form.options(OfstedJudgement.class).stream()
                .filter(option -> !option.value().equals(OfstedJudgement.NOT_YET_INSPECTED.code())).toList();
        exchange.render(status, "schools/inspection.jte", exchange.frame("Record an Ofsted inspection",
                        exchange.crumbs("Schools", "schools", school.name(), "schools/" + school.id())),
                new InspectionForm(form, exchange.link("schools/" + school.id() + "/inspections/new"), school.name(), judgements,
                        Form.options(Safeguarding.class), Form.options(ReportCardGrade.class), Form.options(ReportCardArea.class)));
    }

    private void renderForm(ConsoleExchange exchange, int status, String title, Form form, School school) throws IOException {
        String action = exchange.link(school == null ? "schools/new" : "schools/" + school.id() + "/edit");
        exchange.render(status, "schools/form.jte", exchange.frame(title, exchange.crumbs("Schools", "schools")),
                new SchoolForm(form, school == null ? null : school.version(), action, Form.options(Phase.class),
                        Form.options(Region.class)));
    }

    private static SchoolInput input(Form form) {
        return new SchoolInput(form.text("urn"), form.text("name"), form.text("phase"), form.text("localAuthority"),
                form.text("region"), form.wholeNumber("pupils"), form.decimal("fsmPercent"), null,
                form.date("joinedOn"), form.date("leftOn"));
    }

    private static Map<String, String> values(SchoolDetails school) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("urn", school.urn());
        values.put("name", school.name());
        values.put("phase", school.phase().code());
        values.put("localAuthority", school.localAuthority());
        values.put("region", school.region().code());
        values.put("pupils", String.valueOf(school.pupils()));
        values.put("fsmPercent", school.fsmPercent() == null ? "" : school.fsmPercent().toPlainString());
        values.put("joinedOn", school.joinedOn() == null ? "" : school.joinedOn().toString());
        values.put("leftOn", school.leftOn() == null ? "" : school.leftOn().toString());
        return values;
    }
}
