package org.canopy.platform.api;

import org.pf4j.ExtensionPoint;

import java.util.List;

/**
 * Console pages a module contributes, answered under {@code /t/{tenant}/m/{module}/…} inside the
 * core's layout (header, navigation, breadcrumbs, flash messages, error pages). The core renders
 * the module's templates with its own template engine from the plugin's class loader: templates
 * are jte files precompiled into {@link #templatePackage()} by {@code jte-maven-plugin} (see the
 * test module). Only members the module is {@link CanopyModule#visibleTo() visible to} get here,
 * and every POST has passed the core's CSRF check. A hub's adviser opens the same pages on a
 * granted focus school at {@code /t/{hub}/focus-schools/{trust}/{urn}/m/{module}/…}, inside the
 * hub's layout, with the context of that school (see {@link Caller}); views' {@code base} is then
 * that address, so links and forms relative to {@code base} keep working.
 */
public interface ConsolePages extends ExtensionPoint {

    /** The Java package the module's templates are precompiled into; unique to the module. */
    String templatePackage();

    /** The module's entries in the console's navigation, for this caller. */
    List<ConsoleLink> navigation(ModuleContext context);

    /** Answers a GET or POST under the module's root. */
    ConsolePage handle(ConsoleRequest request, ModuleContext context);

    /**
     * Answers a page open to anyone with its address, signed in or not, under
     * {@code /s/{tenant}/{module}/…} (e.g. a staff survey reached by a personal link or a school
     * code). The context has the tenant but no caller: the module must authorise the request by
     * what the path or form carries (an unguessable token), and must not show anything else.
     * Rendered in a plain layout without navigation; POSTs pass the core's CSRF check.
     * Views' {@code base} is the public root ({@code /s/{tenant}/{module}/}).
     */
    default ConsolePage handlePublic(ConsoleRequest request, ModuleContext context) {
        return ConsolePage.notFound();
    }
}
