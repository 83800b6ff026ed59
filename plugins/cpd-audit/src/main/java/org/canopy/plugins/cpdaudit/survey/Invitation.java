package org.canopy.plugins.cpdaudit.survey;

import java.util.Optional;
import java.util.UUID;

/**
 * A single-use invitation to an audit's staff survey: a personal link for a member of staff (their
 * staff group known), or one issued to whoever entered the school code (they say their group).
 */
public record Invitation(UUID auditId, String token, Channel channel, Optional<UUID> staffId, Optional<String> staffGroup,
                         boolean used) {

    public enum Channel { LINK, CODE }
}
