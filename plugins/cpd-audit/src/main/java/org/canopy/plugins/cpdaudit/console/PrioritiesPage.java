package org.canopy.plugins.cpdaudit.console;

import org.canopy.platform.api.ConsoleLink;
import org.canopy.platform.api.ConsolePage;
import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.api.PriorityContribution;
import org.canopy.platform.api.SharedModel;
import org.canopy.platform.api.time.CanopyTime;
import org.canopy.platform.api.forms.FormErrors;
import org.canopy.plugins.cpdaudit.audit.AuditStatus;
import org.canopy.plugins.cpdaudit.priorities.Action;
import org.canopy.plugins.cpdaudit.priorities.PriorityBook;
import org.canopy.plugins.cpdaudit.priorities.RagStatus;
import org.canopy.plugins.cpdaudit.priorities.StoredPriority;
import org.canopy.plugins.cpdaudit.report.AuditOverview;
import org.canopy.plugins.cpdaudit.report.AuditOverview.AuditFile;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The two transformation priorities and their actions: chosen before moderation, tracked all year;
 * and what the trust's other modules put behind each of them.
 */
public record PrioritiesPage(AuditFile file, FormErrors errors, LocalDate today, List<SharedModel.Contribution> contributions) {

    static ConsolePage.View of(ModuleContext context, UUID auditId, FormErrors errors) {
        AuditFile file = new AuditOverview(context).file(auditId);
        List<SharedModel.Contribution> contributions = context.shared()
                .contributions(file.priorities().stream().map(StoredPriority::id).toList());
        return ConsolePage.view("Transformation priorities", "priorities.jte",
                Map.of("page", new PrioritiesPage(file, errors, CanopyTime.today(context.clock()), contributions)),
                new ConsoleLink(file.school().name() + " " + file.audit().academicYear(), "audits/" + auditId),
                new ConsoleLink("Priorities", "audits/" + auditId + "/priorities"));
    }

    public boolean choosable() {
        return file.mayRun() && file.audit().status().isOpenForEvidence();
    }

    public boolean trackable() {
        return file.mayRun() && file.audit().status() != AuditStatus.SUPERSEDED;
    }

    public StoredPriority at(int position) {
        return file.priorities().stream().filter(p -> p.position() == position).findFirst().orElse(null);
    }

    public String areaTitle(String key) {
        return file.framework().area(key).map(area -> area.title()).orElse(key);
    }

    public String code(RagStatus status) {
        return PriorityBook.code(status);
    }

    public String tag(Action action) {
        if (action.complete()) {
            return "govuk-tag--grey";
        }
        return action.status() == RagStatus.GREEN ? "govuk-tag--green" : action.status() == RagStatus.AMBER ? "govuk-tag--yellow" : "govuk-tag--red";
    }

    public String onTrack() {
        return DashboardPage.percent(StoredPriority.of(file.priorities()).actionsOnTrack(today));
    }

    /** What the modules reported for this priority, in the order they answered. */
    public List<SharedModel.Contribution> contributionsTo(UUID priority) {
        return contributions.stream().filter(reported -> reported.contribution().priority().equals(priority)).toList();
    }

    /** "£1,200", "£849.50", "3.5 hours", "2 people", "4 actions". */
    public String amount(PriorityContribution contribution) {
        BigDecimal amount = contribution.amount().stripTrailingZeros();
        String number = number("#,##0.##", amount);
        return switch (contribution.kind()) {
            case MONEY -> "£" + (amount.scale() <= 0 ? number : number("#,##0.00", amount));
            case PEOPLE -> number + (amount.compareTo(BigDecimal.ONE) == 0 ? " person" : " people");
            case ACTIONS -> number + (amount.compareTo(BigDecimal.ONE) == 0 ? " action" : " actions");
            case HOURS -> number + (amount.compareTo(BigDecimal.ONE) == 0 ? " hour" : " hours");
        };
    }

    private static String number(String pattern, BigDecimal amount) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK)).format(amount);
    }

    public RagStatus[] statuses() {
        return RagStatus.values();
    }
}
