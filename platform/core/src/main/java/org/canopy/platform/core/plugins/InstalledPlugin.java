package org.canopy.platform.core.plugins;

import org.canopy.platform.api.CanopyModule;
import org.canopy.platform.api.ConsolePages;
import org.canopy.platform.api.ImprovementPriorities;
import org.canopy.platform.api.PriorityContributions;
import org.canopy.platform.api.SchoolMetrics;

import java.util.Optional;
import java.util.Set;

/**
 * A plugin jar found in the plugins directory and what became of it. Only a {@link State#STARTED}
 * plugin has a module; the others carry the reason they were skipped.
 */
public record InstalledPlugin(String id, String version, String requires, String file, State state, String error,
                              CanopyModule module, SchoolMetrics metrics, ConsolePages pages, Links links) {

    public enum State { STARTED, INCOMPATIBLE, FAILED }

    /** The module's part in the links between modules: the priorities it owns, what it puts behind them; either may be null. */
    public record Links(ImprovementPriorities priorities, PriorityContributions contributions) {

        static final Links NONE = new Links(null, null);
    }

    static InstalledPlugin started(String id, String version, String requires, String file,
                                   CanopyModule module, SchoolMetrics metrics, ConsolePages pages, Links links) {
        return new InstalledPlugin(id, version, requires, file, State.STARTED, null, module, metrics, pages, links);
    }

    static InstalledPlugin skipped(String id, String version, String requires, String file, State state, String error) {
        return new InstalledPlugin(id, version, requires, file, state, error, null, null, null, Links.NONE);
    }

    public boolean isStarted() {
        return state == State.STARTED;
    }

    /** Whether one of {@code roles} may use the module ({@link CanopyModule#visibleTo()}; none listed: everyone). */
    public boolean visibleTo(Set<String> roles) {
        Set<String> visibleTo = module.visibleTo();
        return visibleTo.isEmpty() || roles.stream().anyMatch(visibleTo::contains);
    }

    public Optional<SchoolMetrics> schoolMetrics() {
        return Optional.ofNullable(metrics);
    }

    public Optional<ConsolePages> consolePages() {
        return Optional.ofNullable(pages);
    }
}
