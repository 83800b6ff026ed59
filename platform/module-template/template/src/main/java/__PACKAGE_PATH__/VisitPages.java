package __PACKAGE__;

import org.canopy.platform.api.ConsoleLink;
import org.canopy.platform.api.ConsolePage;
import org.canopy.platform.api.ConsolePages;
import org.canopy.platform.api.ConsoleRequest;
import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.api.SharedModel;
import org.pf4j.Extension;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The module's console pages, at /t/{tenant}/m/__MODULE_ID__/ inside the platform's layout. */
@Extension
public class VisitPages implements ConsolePages {

    /** A visit as the page shows it. */
    public record VisitLine(String school, LocalDate visitedOn, String purpose) {
    }

    @Override
    public String templatePackage() {
        return "__PACKAGE__.templates";
    }

    @Override
    public List<ConsoleLink> navigation(ModuleContext context) {
        return List.of(new ConsoleLink("Visits", ""));
    }

    @Override
    public ConsolePage handle(ConsoleRequest request, ModuleContext context) {
        if (!request.path().isEmpty() || request.isPost()) {
            return ConsolePage.notFound();
        }
        Map<UUID, String> schools = context.shared().schools().stream()
                .collect(Collectors.toMap(SharedModel.School::id, SharedModel.School::name));
        List<VisitLine> visits = new Visits(context.data()).all().stream()
                .map(visit -> new VisitLine(schools.getOrDefault(visit.schoolId(), "A school that has left"),
                        visit.visitedOn(), visit.purpose()))
                .toList();
        return ConsolePage.view("Visits", "visits.jte", Map.of("visits", visits));
    }
}
