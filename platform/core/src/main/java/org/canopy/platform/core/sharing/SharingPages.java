package org.canopy.platform.core.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.canopy.platform.core.changelog.ChangeLog;
import org.canopy.platform.core.changelog.ChangeLogEntry;
import org.canopy.platform.core.common.Refusal;
import org.canopy.platform.core.common.England;
import org.canopy.platform.core.console.ConsoleExchange;
import org.canopy.platform.core.console.ConsoleSection;
import org.canopy.platform.core.console.Form;
import org.canopy.platform.core.http.Ids;
import org.canopy.platform.core.http.ProblemException;
import org.canopy.platform.core.identity.AccessPolicy;
import org.canopy.platform.core.plugins.InstalledPlugin;
import org.canopy.platform.core.plugins.PluginHost;
import org.canopy.platform.core.schools.School;
import org.canopy.platform.core.schools.Schools;
import org.canopy.platform.core.tenancy.Tenant;
import org.canopy.platform.core.tenancy.TenantDirectory;
import org.canopy.platform.core.tenancy.TenantKind;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The trust's side of sharing, {@code /t/{trust}/sharing}: its grants to hubs (with revoke), the
 * form to grant one more, and the log of every look a hub took at a shared school.
 */
@ApplicationScoped
public class SharingPages implements ConsoleSection {

    static final int LOG_SIZE = 50;
    static final String[] FIELDS = {"hub", "schoolUrn", "module", "access", "until"};

    @Inject
    SharingGrants grants;

    @Inject
    Schools schools;

    @Inject
    TenantDirectory tenants;

    @Inject
    PluginHost host;

    @Inject
    ChangeLog changeLog;

    public record GrantRow(UUID id, String hub, String school, String module, String access, LocalDate until, boolean active) {
    }

    public record SharingPage(List<GrantRow> grants, Form form, List<Form.Option> hubs, List<Form.Option> schools,
                              List<Form.Option> modules, List<Form.Option> accessLevels, List<ChangeLogEntry> accessLog) {
    }

    @Override
    public String segment() {
        return "sharing";
    }

    @Override
    public Optional<String> navigationLabel() {
        return Optional.of("Sharing with hubs");
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public boolean openTo(AccessPolicy policy, TenantKind kind) {
        return kind == TenantKind.TRUST && policy.administersTrust();
    }

    @Override
    public String refusal() {
        return "Only the trust's executive or CPD director shares schools with hubs.";
    }

    @Override
    public void handle(ConsoleExchange exchange) throws IOException {
        List<String> path = exchange.path();
        if (path.isEmpty() && !exchange.isPost()) {
            render(exchange, 200, Form.of(Map.of("access", GrantAccess.READ.code(), "until", England.today().plusYears(1).toString())));
        } else if (path.isEmpty()) {
            grant(exchange);
        } else if (path.size() == 2 && path.get(1).equals("revoke") && exchange.isPost()) {
            grants.revoke(Ids.parse(path.get(0), "Sharing grant"));
            exchange.redirect("sharing", "The grant was revoked: the hub no longer sees that school");
        } else {
            throw ProblemException.notFound("Page");
        }
    }

    private void grant(ConsoleExchange exchange) throws IOException {
        Form form = Form.submitted(exchange, FIELDS);
        LocalDate until = form.date("until");
        if (form.hasErrors()) {
            render(exchange, 400, form);
            return;
        }
        try {
            SharingGrants.Granted granted = grants.grant(new GrantInput(form.text("hub"), form.text("schoolUrn"),
                    form.text("module"), form.text("access"), until));
            exchange.redirect("sharing", granted.hubSlug() + " may now see school " + granted.schoolUrn()
                    + " until " + granted.grant().until());
        } catch (Refusal refused) {
            render(exchange, 400, form.rejectedBy(refused));
        }
    }

    private void render(ConsoleExchange exchange, int status, Form form) throws IOException {
        List<School> trustSchools = schools.list(Optional.empty());
        Map<UUID, School> byId = trustSchools.stream().collect(Collectors.toMap(School::id, Function.identity()));
        List<Tenant> all = tenants.list();
        Map<UUID, String> tenantNames = all.stream().collect(Collectors.toMap(Tenant::id, Tenant::name));
        LocalDate today = England.today();
        List<GrantRow> rows = grants.ofTrust().stream().map(g -> new GrantRow(g.id(), tenantNames.get(g.hubTenant()),
                Optional.ofNullable(byId.get(g.schoolId())).map(School::name).orElse("a school no longer in the trust"),
                g.moduleId(), g.access().code(), g.until(), g.isActiveOn(today))).toList();
        List<Form.Option> hubs = all.stream().filter(t -> t.kind() == TenantKind.HUB && t.isActive())
                .map(t -> new Form.Option(t.slug(), t.name())).toList();
        List<Form.Option> schoolOptions = trustSchools.stream().map(s -> new Form.Option(s.urn(), s.name())).toList();
        List<Form.Option> modules = host.startedModules().stream()
                .map((InstalledPlugin p) -> new Form.Option(p.id(), p.module().title())).toList();
        exchange.render(status, "sharing/page.jte", exchange.frame("Sharing with hubs", exchange.crumbs()),
                new SharingPage(rows, form, hubs, schoolOptions, modules, Form.options(GrantAccess.class),
                        changeLog.latest(ChangeLog.Action.GRANTED_ACCESS, LOG_SIZE)));
    }
}
