package org.canopy.plugins.cpdaudit.console;

import org.canopy.platform.api.ConsolePage;
import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.api.csv.CsvFiles;
import org.canopy.platform.api.forms.FormErrors;
import org.canopy.platform.api.time.CanopyTime;
import org.canopy.platform.api.SharedModel;
import org.canopy.plugins.cpdaudit.Share;
import org.canopy.plugins.cpdaudit.report.AuditOverview;
import org.canopy.plugins.cpdaudit.yearonyear.ImprovementHeadline;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The module's front page: every audit the caller reads, newest year first; the form to start one
 * for the caller's schools; and, for the trust's leaders, TDT's improvement headline.
 */
public record DashboardPage(List<AuditOverview.Listed> audits, List<SharedModel.School> startable, List<String> years,
                            Optional<ImprovementHeadline> headline, FormErrors errors) {

    static ConsolePage.View of(ModuleContext context) {
        return load(context).view();
    }

    static DashboardPage load(ModuleContext context) {
        AuditOverview overview = new AuditOverview(context);
        List<AuditOverview.Listed> audits = newestFirst(overview);
        List<String> years = context.shared().academicYears().stream().map(SharedModel.AcademicYear::label)
                .sorted(Comparator.reverseOrder()).toList();
        Optional<ImprovementHeadline> headline = AuditPages.trustWide(context)
                ? Optional.of(AuditPages.history(context).headline(List.of())) : Optional.empty();
        return new DashboardPage(audits, overview.runnableSchools(), years, headline, FormErrors.none());
    }

    /** The audits of the page as a spreadsheet: school, URN, year, edition, status, overall level, published on. */
    static ConsolePage csv(ModuleContext context) {
        List<List<?>> rows = newestFirst(new AuditOverview(context)).stream().<List<?>>map(listed -> Arrays.asList(
                listed.school().name(), listed.school().urn(), listed.audit().academicYear(), listed.audit().edition(),
                listed.audit().status().label(), listed.audit().overallLevel().map(level -> levelName(Optional.of(level))).orElse(null),
                listed.audit().publishedAt().map(CanopyTime::date).orElse(null))).toList();
        return ConsolePage.download("cpd-audits.csv", CsvFiles.CONTENT_TYPE, context.csv().export(
                List.of("School", "URN", "Academic year", "Edition", "Status", "Overall level", "Published"), rows));
    }

    private static List<AuditOverview.Listed> newestFirst(AuditOverview overview) {
        return overview.list(Optional.empty(), Optional.empty()).stream()
                .sorted(Comparator.comparing((AuditOverview.Listed l) -> l.audit().academicYear()).reversed()
                        .thenComparing(l -> l.school().name()))
                .toList();
    }

    ConsolePage.View view() {
        return ConsolePage.view("CPD audit", "dashboard.jte", Map.of("page", this));
    }

    ConsolePage.View withErrors(FormErrors problems) {
        return new DashboardPage(audits, startable, years, headline, problems).view();
    }

    /** A level's key as its label would read ({@code established} → {@code Established}); "—" for none. */
    public static String levelName(Optional<String> key) {
        return key.map(k -> Character.toUpperCase(k.charAt(0)) + k.substring(1).replace('-', ' ')).orElse("—");
    }

    public static String percent(Share share) {
        return share.percent().isPresent() ? Math.round(share.percent().getAsDouble()) + "%" : "no data";
    }
}
