package org.canopy.plugins.cpdaudit.console;

import org.canopy.platform.api.ConsoleLink;
import org.canopy.platform.api.ConsolePage;
import org.canopy.platform.api.ConsolePages;
import org.canopy.platform.api.ConsoleRequest;
import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.api.forms.FormErrors;
import org.canopy.platform.api.forms.FormParams;
import org.canopy.platform.api.problem.FieldErrors;
import org.canopy.plugins.cpdaudit.audit.AuditException;
import org.canopy.plugins.cpdaudit.audit.AuditLifecycle;
import org.canopy.plugins.cpdaudit.audit.AuditRole;
import org.canopy.plugins.cpdaudit.audit.AuditStep;
import org.canopy.plugins.cpdaudit.evaluation.SelfEvaluation;
import org.canopy.plugins.cpdaudit.framework.Area;
import org.canopy.plugins.cpdaudit.framework.Criterion;
import org.canopy.plugins.cpdaudit.priorities.PriorityPlanning;
import org.canopy.plugins.cpdaudit.priorities.PriorityPlanning.ActionInput;
import org.canopy.plugins.cpdaudit.priorities.PriorityPlanning.PriorityInput;
import org.canopy.plugins.cpdaudit.report.AuditOverview;
import org.canopy.plugins.cpdaudit.report.AuditOverview.AuditFile;
import org.canopy.plugins.cpdaudit.survey.StaffSurvey;
import org.canopy.plugins.cpdaudit.yearonyear.AuditHistory;
import org.pf4j.Extension;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.canopy.plugins.cpdaudit.console.PageErrors.answering;
import static org.canopy.plugins.cpdaudit.console.PageErrors.form;

/**
 * The audit in the console: the dashboard of the schools' audits (with the trust's improvement
 * headline), each audit's task list, self-evaluation by area with evidence, judgements, the
 * priorities tracker, the report (leaders' view against staff view) and the personal survey links.
 * The staff survey itself is public: see {@link SurveyPages}.
 */
@Extension
public class AuditPages implements ConsolePages {

    @Override
    public String templatePackage() {
        return "org.canopy.plugins.cpdaudit.templates";
    }

    @Override
    public List<ConsoleLink> navigation(ModuleContext context) {
        return List.of(new ConsoleLink("CPD audit", ""));
    }

    @Override
    public ConsolePage handle(ConsoleRequest request, ModuleContext context) {
        List<String> path = List.of(request.path().split("/", -1)).stream().filter(part -> !part.isEmpty()).toList();
        if (path.isEmpty()) {
            return answering(() -> DashboardPage.of(context));
        }
        if (path.size() == 1 && path.get(0).equals("audits.csv") && !request.isPost()) {
            return answering(() -> DashboardPage.csv(context));
        }
        if (path.size() == 1 && path.get(0).equals("start") && request.isPost()) {
            return form(() -> start(request, context), problems -> DashboardPage.load(context).withErrors(problems));
        }
        if (path.size() >= 2 && path.get(0).equals("audits")) {
            Optional<UUID> audit = uuid(path.get(1));
            if (audit.isPresent()) {
                return audit(request, context, audit.get(), path.subList(2, path.size()));
            }
        }
        return ConsolePage.notFound();
    }

    @Override
    public ConsolePage handlePublic(ConsoleRequest request, ModuleContext context) {
        return new SurveyPages().handlePublic(request, context);
    }

    private ConsolePage audit(ConsoleRequest request, ModuleContext context, UUID audit, List<String> rest) {
        String page = rest.isEmpty() ? "" : rest.get(0);
        boolean post = request.isPost();
        if (page.isEmpty() && !post) {
            return answering(() -> AuditTaskPage.of(context, audit));
        }
        if (page.equals("steps") && post) {
            return answering(() -> step(request, context, audit));
        }
        if (page.equals("corrections") && post) {
            return form(() -> correct(request, context, audit),
                    problems -> AuditTaskPage.load(context, audit).withErrors(problems));
        }
        if (page.equals("areas") && rest.size() == 2) {
            String area = rest.get(1);
            return post ? form(() -> rate(request, context, audit, area), problems -> AreaPage.of(context, audit, area, problems))
                    : answering(() -> AreaPage.of(context, audit, area, FormErrors.none()));
        }
        if (page.equals("evidence") && rest.size() == 1 && post) {
            return form(() -> addEvidence(request, context, audit),
                    problems -> AreaPage.of(context, audit, areaOfCriterion(context, audit, request), problems));
        }
        if (page.equals("evidence") && rest.size() == 2 && !post) {
            return answering(() -> evidence(context, audit, rest.get(1)));
        }
        if (page.equals("judgements")) {
            return post ? form(() -> judge(request, context, audit), problems -> JudgementsPage.of(context, audit, problems))
                    : answering(() -> JudgementsPage.of(context, audit, FormErrors.none()));
        }
        if (page.equals("priorities")) {
            return priorities(request, context, audit, rest.subList(1, rest.size()));
        }
        if (page.equals("report.pdf") && !post) {
            return answering(() -> {
                AuditOverview overview = new AuditOverview(context);
                AuditFile file = overview.file(audit);
                return ConsolePage.download(AuditOverview.pdfName(file), "application/pdf", overview.reportPdf(file));
            });
        }
        if (page.equals("report") && !post) {
            return answering(() -> ReportPage.of(context, audit));
        }
        if (page.equals("links") && !post) {
            return answering(() -> ConsolePage.view("Personal survey links", "links.jte",
                    Map.of("links", new StaffSurvey(context).links(audit), "file", new AuditOverview(context).file(audit),
                            "surveyRoot", SurveyPages.address(context) + "/"),
                    new ConsoleLink("Audit", "audits/" + audit)));
        }
        return ConsolePage.notFound();
    }

    private ConsolePage priorities(ConsoleRequest request, ModuleContext context, UUID audit, List<String> rest) {
        if (rest.isEmpty()) {
            return request.isPost()
                    ? form(() -> choose(request, context, audit), problems -> PrioritiesPage.of(context, audit, problems))
                    : answering(() -> PrioritiesPage.of(context, audit, FormErrors.none()));
        }
        Optional<UUID> priority = uuid(rest.get(0));
        if (priority.isEmpty() || !request.isPost() || rest.size() < 2 || !rest.get(1).equals("actions")) {
            return ConsolePage.notFound();
        }
        if (rest.size() == 2) {
            return form(() -> {
                new PriorityPlanning(context).addAction(audit, priority.get(), actionInput(request));
                return ConsolePage.redirect("audits/" + audit + "/priorities", "Action added");
            }, problems -> PrioritiesPage.of(context, audit, problems));
        }
        Optional<UUID> action = uuid(rest.get(2));
        if (action.isEmpty()) {
            return ConsolePage.notFound();
        }
        return form(() -> {
            new PriorityPlanning(context).updateAction(audit, priority.get(), action.get(), actionInput(request));
            return ConsolePage.redirect("audits/" + audit + "/priorities", "Action updated");
        }, problems -> PrioritiesPage.of(context, audit, problems));
    }

    private static ConsolePage start(ConsoleRequest request, ModuleContext context) {
        UUID school = request.parameter("schoolId").flatMap(AuditPages::uuid)
                .orElseThrow(() -> AuditException.invalid("schoolId: choose a school."));
        UUID audit = new AuditLifecycle(context).start(school, request.parameter("academicYear").orElse(null)).id();
        return ConsolePage.redirect("audits/" + audit, "Audit started");
    }

    private static ConsolePage step(ConsoleRequest request, ModuleContext context, UUID audit) {
        AuditStep step = request.parameter("step").flatMap(AuditStep::ofCode)
                .orElseThrow(() -> AuditException.invalid("step: choose what to do next."));
        new AuditLifecycle(context).step(audit, step, request.parameter("reason"));
        return ConsolePage.redirect("audits/" + audit, "Audit " + step.to().label().toLowerCase());
    }

    private static ConsolePage correct(ConsoleRequest request, ModuleContext context, UUID audit) {
        UUID correction = new AuditLifecycle(context).correct(audit, request.parameter("reason").orElse(null)).id();
        return ConsolePage.redirect("audits/" + correction, "Correction started: edit the judgements, then moderate and publish again");
    }

    /** Every criterion of the area in one go: all are checked before any is saved. */
    private static ConsolePage rate(ConsoleRequest request, ModuleContext context, UUID audit, String areaKey) {
        AuditFile file = new AuditOverview(context).file(audit);
        Area area = file.framework().area(areaKey).orElseThrow(() -> AuditException.notFound("Area " + areaKey));
        FieldErrors problems = new FieldErrors();
        Map<String, String> levels = new HashMap<>();
        for (Criterion criterion : area.criteria()) {
            Optional<String> level = request.parameter("level-" + criterion.key()).filter(l -> !l.isBlank());
            if (level.isPresent() && file.framework().scale().find(level.get()).isEmpty()) {
                problems.add("level-" + criterion.key(), "Choose one of the levels for \"" + criterion.title() + "\".");
            }
            level.ifPresent(l -> levels.put(criterion.key(), l));
        }
        if (!problems.isEmpty()) {
            throw AuditException.invalid(problems.list());
        }
        SelfEvaluation evaluation = new SelfEvaluation(context);
        context.data().inTransaction(data -> {
            levels.forEach((criterion, level) -> evaluation.rate(audit, criterion, level,
                    request.parameter("notes-" + criterion).orElse(null)));
            return levels.size();
        });
        return ConsolePage.redirect("audits/" + audit, area.title() + ": " + levels.size() + " criteria rated");
    }

    private static ConsolePage addEvidence(ConsoleRequest request, ModuleContext context, UUID audit) {
        String criterion = request.parameter("criterion").orElse("");
        var upload = request.upload("file").orElseThrow(() -> AuditException.invalid("file: choose a file to upload."));
        new SelfEvaluation(context).addEvidence(audit, criterion, upload);
        String area = areaOfCriterion(context, audit, request);
        return ConsolePage.redirect("audits/" + audit + "/areas/" + area, upload.filename() + " added as evidence");
    }

    private static String areaOfCriterion(ModuleContext context, UUID audit, ConsoleRequest request) {
        String criterion = request.parameter("criterion").orElse("");
        return new AuditOverview(context).file(audit).framework().areaOfCriterion(criterion).map(Area::key)
                .orElseThrow(() -> AuditException.notFound("Criterion " + criterion));
    }

    private static ConsolePage evidence(ModuleContext context, UUID audit, String file) {
        UUID id = uuid(file).orElseThrow(() -> AuditException.notFound("Evidence file"));
        var evidence = new SelfEvaluation(context).evidence(audit, id);
        return ConsolePage.download(evidence.getKey().filename(), evidence.getKey().contentType(), evidence.getValue());
    }

    private static ConsolePage judge(ConsoleRequest request, ModuleContext context, UUID audit) {
        String area = request.parameter("area").orElse("");
        new SelfEvaluation(context).judge(audit, area, request.parameter("level").orElse(null), request.parameter("rationale").orElse(null));
        return ConsolePage.redirect("audits/" + audit + "/judgements", "Judgement saved");
    }

    private static ConsolePage choose(ConsoleRequest request, ModuleContext context, UUID audit) {
        List<PriorityInput> chosen = new ArrayList<>();
        for (int position = 1; position <= 3; position++) {
            Optional<String> area = request.parameter("area-" + position).filter(a -> !a.isBlank());
            Optional<String> title = request.parameter("title-" + position).filter(t -> !t.isBlank());
            if (area.isPresent() || title.isPresent()) {
                chosen.add(new PriorityInput(area.orElse(null), title.orElse(null)));
            }
        }
        new PriorityPlanning(context).choose(audit, chosen);
        return ConsolePage.redirect("audits/" + audit + "/priorities", "Priorities saved");
    }

    private static ActionInput actionInput(ConsoleRequest request) {
        FormParams form = new FormParams(request);
        LocalDate due = form.date("due", "the due date").orElse(null);
        form.refuseIfAny();
        return new ActionInput(request.parameter("description").orElse(null), request.parameter("owner").orElse(null), due,
                request.parameter("status").orElse(null), request.parameter("complete").isPresent());
    }

    static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static boolean trustWide(ModuleContext context) {
        return context.caller().map(AuditRole.READER::heldOverTrust).orElse(false);
    }

    static AuditHistory history(ModuleContext context) {
        return new AuditHistory(context);
    }
}
