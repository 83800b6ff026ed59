package org.canopy.platform.core.identity;

import java.util.List;

/**
 * The roles the tenant in scope has granted a person: its role assignments, which live above the
 * shared model (a role may be held over one school), so {@link Access} asks through this.
 */
public interface Grants {

    List<AccessPolicy.Grant> grantsOf(String login);
}
