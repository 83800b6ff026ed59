package org.canopy.platform.core.sharing;

import java.time.LocalDate;

/** A trust's request to share one school with a hub, in one module, until a date. */
public record GrantInput(String hub, String schoolUrn, String module, String access, LocalDate until) {
}
