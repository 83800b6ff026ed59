package org.canopy.platform.core.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import org.canopy.platform.core.common.CellError;
import org.canopy.platform.core.common.InvalidRows;
import org.canopy.platform.core.common.Refusal;
import org.canopy.platform.core.console.ConsoleExchange;
import org.canopy.platform.core.console.ConsoleSection;
import org.canopy.platform.core.console.Form;
import org.canopy.platform.core.http.Ids;
import org.canopy.platform.core.http.ProblemException;
import org.canopy.platform.core.identity.Access;
import org.canopy.platform.core.identity.AccessPolicy;
import org.canopy.platform.core.identity.SchoolScope;
import org.canopy.platform.core.schools.School;
import org.canopy.platform.core.schools.Schools;
import org.canopy.platform.core.tenancy.TenantKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The console's staff records: list (by school, a page at a time), a person's record, adding and
 * editing, and the CSV import: upload, a preview with a report of every bad cell, then confirm.
 * Who sees and changes whom follows the API's rules (ACCESS.md).
 */
@ApplicationScoped
public class StaffPages implements ConsoleSection {

    static final int PAGE_SIZE = 100;
    static final int PREVIEW_ROWS = 20;
    static final String[] FIELDS = {"name", "email", "schoolUrn", "staffGroup", "fte", "startedOn", "leftOn"};

    @Inject
    StaffDirectory staff;

    @Inject
    Schools schools;

    @Inject
    Access access;

    public record StaffList(List<StaffView> staff, Map<String, String> schoolNames, String school, int page, boolean more,
                            boolean canEdit) {
    }

    public record StaffRecord(StaffView member, String schoolName, boolean canEdit) {
    }

    public record StaffForm(Form form, Long version, String action, List<Form.Option> schools, List<Form.Option> groups) {
    }

    /**
     * The import pages: before upload (nothing), a refused file (errors), or a preview to confirm (rows), which
     * carries the checked file back in the form (Base64), so no server keeps it between the two steps.
     */
    public record ImportPage(String fileName, int rowCount, List<CellError> errors, List<PreviewRow> preview, String csv) {

        public boolean checked() {
            return fileName != null;
        }
    }

    public record PreviewRow(String name, String email, String school, String group, String fte, String startedOn) {
    }

    @Override
    public String segment() {
        return "staff";
    }

    @Override
    public Optional<String> navigationLabel() {
        return Optional.of("Staff");
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean openTo(AccessPolicy policy, TenantKind kind) {
        return !policy.staffReadable().isEmpty();
    }

    @Override
    public String refusal() {
        return "Staff records are for trust leaders, governors, a hub's lead, and a school's headteacher and CPD lead.";
    }

    @Override
    public void handle(ConsoleExchange exchange) throws IOException {
        List<String> path = exchange.path();
        if (path.isEmpty()) {
            list(exchange);
        } else if (path.equals(List.of("new"))) {
            add(exchange);
        } else if (path.equals(List.of("import"))) {
            upload(exchange);
        } else if (path.equals(List.of("import", "confirm")) && exchange.isPost()) {
            confirm(exchange);
        } else if (path.size() == 1) {
            show(exchange, staff.get(Ids.parse(path.get(0), "Staff member"), access.staffReadable()));
        } else if (path.size() == 2 && path.get(1).equals("edit")) {
            edit(exchange, staff.get(Ids.parse(path.get(0), "Staff member"), access.staffEditable()));
        } else {
            throw ProblemException.notFound("Page");
        }
    }

    private void list(ConsoleExchange exchange) throws IOException {
        Optional<String> school = exchange.parameter("school");
        int page = exchange.parameter("page").map(Form::hiddenNumber).map(Long::intValue).filter(p -> p > 0).orElse(1);
        List<StaffView> found = staff.list(access.staffReadable(), school, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        exchange.render(200, "staff/list.jte", exchange.frame("Staff", exchange.crumbs()),
                new StaffList(found.stream().limit(PAGE_SIZE).toList(), schoolNamesByUrn(), school.orElse(""), page,
                        found.size() > PAGE_SIZE, !access.policy().staffEditable().isEmpty()));
    }

    private void show(ConsoleExchange exchange, StaffMember member) throws IOException {
        StaffView view = staff.view(member);
        boolean canEdit = access.policy().staffEditable().covers(member.details().schoolId());
        exchange.render(200, "staff/view.jte", exchange.frame(view.name(), exchange.crumbs("Staff", "staff")),
                new StaffRecord(view, schoolNamesByUrn().get(view.schoolUrn()), canEdit));
    }

    private void add(ConsoleExchange exchange) throws IOException {
        SchoolScope editable = access.staffEditable();
        if (!exchange.isPost()) {
            renderForm(exchange, 200, "Add a staff member", Form.blank(), null);
            return;
        }
        Form form = Form.submitted(exchange, FIELDS);
        StaffInput input = input(form);
        if (form.hasErrors()) {
            renderForm(exchange, 400, "Add a staff member", form, null);
            return;
        }
        try {
            StaffMember member = staff.create(input, editable);
            exchange.redirect("staff/" + member.id(), member.details().name() + " was added");
        } catch (Refusal refused) {
            renderForm(exchange, 400, "Add a staff member", form.rejectedBy(refused), null);
        }
    }

    private void edit(ConsoleExchange exchange, StaffMember member) throws IOException {
        String title = "Edit " + member.details().name();
        if (!exchange.isPost()) {
            renderForm(exchange, 200, title, Form.of(values(staff.view(member))), member);
            return;
        }
        Form form = Form.submitted(exchange, FIELDS);
        StaffInput input = input(form);
        Long version = Form.hiddenNumber(exchange.parameter("version").orElse(""));
        if (form.hasErrors() || version == null) {
            renderForm(exchange, 400, title, form, member);
            return;
        }
        try {
            staff.update(member.id(), version, input, access.staffEditable());
            exchange.redirect("staff/" + member.id(), "Changes to " + input.name() + " were saved");
        } catch (Refusal refused) {
            renderForm(exchange, 400, title, form.rejectedBy(refused), member);
        }
    }

    private void upload(ConsoleExchange exchange) throws IOException {
        SchoolScope editable = access.staffEditable();
        if (!exchange.isPost()) {
            renderImport(exchange, 200, new ImportPage(null, 0, List.of(), List.of(), null));
            return;
        }
        Part file = filePart(exchange);
        String fileName = file == null ? "" : Optional.ofNullable(file.getSubmittedFileName()).orElse("");
        if (file == null || file.getSize() == 0) {
            throw ProblemException.invalid("file", "choose a CSV file to upload");
        }
        String csv;
        try (InputStream in = file.getInputStream()) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StaffCsvImport.Result result = staff.checkCsv(new StringReader(csv), editable);
        if (!result.ok()) {
            renderImport(exchange, 400, new ImportPage(fileName, result.rows().size(), result.errors(), List.of(), null));
            return;
        }
        renderImport(exchange, 200, new ImportPage(fileName, result.rows().size(), List.of(), preview(result.rows()),
                Base64.getEncoder().encodeToString(csv.getBytes(StandardCharsets.UTF_8))));
    }

    private void confirm(ConsoleExchange exchange) throws IOException {
        String csv = exchange.parameter("csv").flatMap(StaffPages::decode)
                .orElseThrow(() -> ProblemException.invalid("csv", "the checked file was lost; upload it again"));
        try {
            int imported = staff.importCsv(new StringReader(csv), access.staffEditable());
            exchange.redirect("staff", imported + (imported == 1 ? " staff member was" : " staff members were") + " imported");
        } catch (InvalidRows refused) {
            renderImport(exchange, 400, new ImportPage("the file", 0, refused.rows(), List.of(), null));
        }
    }

    private static Optional<String> decode(String base64) {
        try {
            return Optional.of(new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Part filePart(ConsoleExchange exchange) throws IOException {
        try {
            return exchange.request().getPart("file");
        } catch (ServletException | IllegalStateException e) {
            throw ProblemException.of(413, "too-large", "The file is too large",
                    "Upload a CSV file of at most 5 MB (about 50,000 staff).");
        }
    }

    private List<PreviewRow> preview(List<StaffDetails> rows) {
        Map<UUID, String> names = schools.list(Optional.empty()).stream().collect(Collectors.toMap(School::id, School::name));
        return rows.stream().limit(PREVIEW_ROWS).map(row -> new PreviewRow(row.name(), row.email(),
                row.schoolId() == null ? "Central team" : names.get(row.schoolId()), row.staffGroup().code(),
                row.fte().toPlainString(), String.valueOf(row.startedOn()))).toList();
    }

    private void renderImport(ConsoleExchange exchange, int status, ImportPage page) throws IOException {
        exchange.render(status, "staff/import.jte", exchange.frame("Import staff from a CSV file",
                exchange.crumbs("Staff", "staff")), page);
    }

    private void renderForm(ConsoleExchange exchange, int status, String title, Form form, StaffMember member) throws IOException {
        String action = exchange.link(member == null ? "staff/new" : "staff/" + member.id() + "/edit");
        List<Form.Option> schoolOptions = schools.list(Optional.empty()).stream()
                .filter(s -> access.policy().staffEditable().covers(s.id()))
                .map(s -> new Form.Option(s.urn(), s.name())).toList();
        exchange.render(status, "staff/form.jte", exchange.frame(title, exchange.crumbs("Staff", "staff")),
                new StaffForm(form, member == null ? null : member.version(), action, schoolOptions, Form.options(StaffGroup.class)));
    }

    private Map<String, String> schoolNamesByUrn() {
        return schools.list(Optional.empty()).stream().collect(Collectors.toMap(School::urn, School::name));
    }

    private static StaffInput input(Form form) {
        return new StaffInput(form.text("name"), form.text("email"), form.text("schoolUrn"), form.text("staffGroup"),
                form.decimal("fte"), form.date("startedOn"), form.date("leftOn"));
    }

    private static Map<String, String> values(StaffView member) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", member.name());
        values.put("email", member.email() == null ? "" : member.email());
        values.put("schoolUrn", member.schoolUrn() == null ? "" : member.schoolUrn());
        values.put("staffGroup", member.staffGroup());
        values.put("fte", member.fte().toPlainString());
        values.put("startedOn", String.valueOf(member.startedOn()));
        values.put("leftOn", member.leftOn() == null ? "" : member.leftOn().toString());
        return values;
    }
}
