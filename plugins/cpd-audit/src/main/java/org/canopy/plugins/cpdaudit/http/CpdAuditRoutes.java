package org.canopy.plugins.cpdaudit.http;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.canopy.platform.api.StaffSurveys;
import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.api.paging.Page;
import org.canopy.platform.api.paging.PageRequest;
import org.canopy.plugins.cpdaudit.audit.Audit;
import org.canopy.plugins.cpdaudit.audit.AuditException;
import org.canopy.plugins.cpdaudit.audit.AuditLifecycle;
import org.canopy.plugins.cpdaudit.audit.AuditStep;
import org.canopy.plugins.cpdaudit.evaluation.SelfEvaluation;
import org.canopy.plugins.cpdaudit.framework.FrameworkEditors;
import org.canopy.plugins.cpdaudit.framework.FrameworkLibrary;
import org.canopy.plugins.cpdaudit.http.AuditViews.AuditDetail;
import org.canopy.plugins.cpdaudit.http.AuditViews.AuditSummary;
import org.canopy.plugins.cpdaudit.http.AuditViews.HeadlineView;
import org.canopy.plugins.cpdaudit.http.AuditViews.PriorityView;
import org.canopy.plugins.cpdaudit.http.AuditViews.ReportView;
import org.canopy.plugins.cpdaudit.http.AuditViews.SurveyView;
import org.canopy.plugins.cpdaudit.http.AuditViews.YearOnYearView;
import org.canopy.plugins.cpdaudit.priorities.PriorityPlanning;
import org.canopy.plugins.cpdaudit.priorities.PriorityPlanning.ActionInput;
import org.canopy.plugins.cpdaudit.priorities.PriorityPlanning.PriorityInput;
import org.canopy.plugins.cpdaudit.report.AuditOverview;
import org.canopy.plugins.cpdaudit.survey.StaffSurvey;
import org.canopy.plugins.cpdaudit.yearonyear.AuditHistory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;


/**
 * The module's API under {@code /api/t/{tenant}/m/cpd-audit}: frameworks, audits and their
 * lifecycle, self-evaluation, judgements, priorities, the survey's results, the report, year on
 * year, and the improvement headline. Survey answers come through the public pages, not here.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CpdAuditRoutes {

    private final ModuleContext context;

    public CpdAuditRoutes(ModuleContext context) {
        this.context = context;
    }

    public record StartInput(UUID schoolId, String academicYear) {
    }

    public record StepInput(String step, String reason) {
    }

    public record ReasonInput(String reason) {
    }

    public record RatingInput(String level, String notes) {
    }

    public record JudgementInput(String level, String rationale) {
    }

    public record CopyInput(String key, String version, String title) {
    }

    @GET
    @Path("frameworks")
    public List<FrameworkLibrary.Summary> frameworks() {
        return new FrameworkLibrary(context.data()).list();
    }

    @GET
    @Path("frameworks/{id}")
    public Response framework(@PathParam("id") UUID id) {
        return Response.ok(new FrameworkLibrary(context.data()).get(id).definition()).build();
    }

    @POST
    @Path("frameworks/{id}/copies")
    public Response copyFramework(@PathParam("id") UUID id, CopyInput input) {
        FrameworkEditors.require(context);
        CopyInput copy = input == null ? new CopyInput(null, null, null) : input;
        UUID created = new FrameworkLibrary(context.data()).copy(id, copy.key(), copy.version(), copy.title());
        return Response.status(Response.Status.CREATED).entity(Map.of("id", created)).build();
    }

    @PUT
    @Path("frameworks/{id}")
    public Response replaceFramework(@PathParam("id") UUID id, String definition) {
        FrameworkEditors.require(context);
        new FrameworkLibrary(context.data()).replaceDraft(id, definition == null ? "" : definition);
        return Response.noContent().build();
    }

    @POST
    @Path("frameworks/{id}/publication")
    public Response publishFramework(@PathParam("id") UUID id) {
        FrameworkEditors.require(context);
        new FrameworkLibrary(context.data()).publish(id);
        return Response.noContent().build();
    }

    @GET
    @Path("audits")
    /** The audits the caller may read, {@code offset}/{@code limit} at a time (all of them up to 500 when not asked); the header {@code X-Total-Count} says how many there are. */
    public Response audits(@QueryParam("school") UUID school, @QueryParam("year") String year,
                           @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        PageRequest request = PageRequest.of(Optional.ofNullable(offset), Optional.ofNullable(limit), PageRequest.MAX_LIMIT);
        Page<AuditSummary> page = Page.of(new AuditOverview(context).list(Optional.ofNullable(school), Optional.ofNullable(year)).stream()
                .map(listed -> AuditSummary.of(listed.audit(), listed.school().name())).toList(), request);
        return Response.ok(page.items()).header("X-Total-Count", page.total()).build();
    }

    @POST
    @Path("audits")
    public Response start(StartInput input) {
        StartInput start = input == null ? new StartInput(null, null) : input;
        Audit audit = new AuditLifecycle(context).start(start.schoolId(), start.academicYear());
        return Response.status(Response.Status.CREATED).entity(detail(audit.id())).build();
    }

    @GET
    @Path("audits/{id}")
    public AuditDetail audit(@PathParam("id") UUID id) {
        return detail(id);
    }

    @POST
    @Path("audits/{id}/steps")
    public AuditDetail step(@PathParam("id") UUID id, StepInput input) {
        AuditStep step = Optional.ofNullable(input).map(StepInput::step).flatMap(AuditStep::ofCode)
                .orElseThrow(() -> AuditException.invalid("step: one of open-survey, close-survey, moderate, return, publish."));
        new AuditLifecycle(context).step(id, step, Optional.ofNullable(input.reason()));
        return detail(id);
    }

    @POST
    @Path("audits/{id}/corrections")
    public Response correct(@PathParam("id") UUID id, ReasonInput input) {
        Audit correction = new AuditLifecycle(context).correct(id, input == null ? null : input.reason());
        return Response.status(Response.Status.CREATED).entity(detail(correction.id())).build();
    }

    @PUT
    @Path("audits/{id}/ratings/{criterion}")
    public Response rate(@PathParam("id") UUID id, @PathParam("criterion") String criterion, RatingInput input) {
        RatingInput rating = input == null ? new RatingInput(null, null) : input;
        new SelfEvaluation(context).rate(id, criterion, rating.level(), rating.notes());
        return Response.noContent().build();
    }

    @PUT
    @Path("audits/{id}/judgements/{area}")
    public Response judge(@PathParam("id") UUID id, @PathParam("area") String area, JudgementInput input) {
        JudgementInput judgement = input == null ? new JudgementInput(null, null) : input;
        new SelfEvaluation(context).judge(id, area, judgement.level(), judgement.rationale());
        return Response.noContent().build();
    }

    @PUT
    @Path("audits/{id}/priorities")
    public List<PriorityView> choosePriorities(@PathParam("id") UUID id, List<PriorityInput> priorities) {
        return new PriorityPlanning(context).choose(id, priorities).stream().map(PriorityView::of).toList();
    }

    @POST
    @Path("audits/{id}/priorities/{priority}/actions")
    public Response addAction(@PathParam("id") UUID id, @PathParam("priority") UUID priority, ActionInput input) {
        return Response.status(Response.Status.CREATED)
                .entity(Map.of("id", new PriorityPlanning(context).addAction(id, priority, input))).build();
    }

    @PUT
    @Path("audits/{id}/priorities/{priority}/actions/{action}")
    public Response updateAction(@PathParam("id") UUID id, @PathParam("priority") UUID priority, @PathParam("action") UUID action,
                                 ActionInput input) {
        new PriorityPlanning(context).updateAction(id, priority, action, input);
        return Response.noContent().build();
    }

    @GET
    @Path("audits/{id}/survey")
    public SurveyView survey(@PathParam("id") UUID id) {
        return SurveyView.of(new StaffSurvey(context).report(id));
    }

    @GET
    @Path("audits/{id}/survey/links")
    public List<StaffSurveys.PersonalLink> surveyLinks(@PathParam("id") UUID id) {
        return new StaffSurvey(context).links(id);
    }

    @GET
    @Path("audits/{id}/report")
    public ReportView report(@PathParam("id") UUID id) {
        return ReportView.of(new AuditOverview(context).report(id));
    }

    @GET
    @Path("audits/{id}/report.pdf")
    @Produces("application/pdf")
    public Response reportPdf(@PathParam("id") UUID id) {
        AuditOverview overview = new AuditOverview(context);
        AuditOverview.AuditFile file = overview.file(id);
        return Response.ok(overview.reportPdf(file), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + AuditOverview.pdfName(file) + "\"").build();
    }

    @GET
    @Path("audits/{id}/year-on-year")
    public YearOnYearView yearOnYear(@PathParam("id") UUID id) {
        return new AuditHistory(context).yearOnYear(id).map(YearOnYearView::of)
                .orElseThrow(() -> AuditException.notFound("A previous published audit to compare with"));
    }

    @GET
    @Path("insights/improvement")
    public HeadlineView improvement(@QueryParam("school") List<UUID> schools) {
        return HeadlineView.of(new AuditHistory(context).headline(schools == null ? List.of() : schools));
    }

    private AuditDetail detail(UUID id) {
        return AuditDetail.of(new AuditOverview(context).file(id));
    }
}
