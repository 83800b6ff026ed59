/**
 * Who may do what: the realm's role names ({@link org.canopy.platform.api.access.Roles}) and checks of
 * a caller's roles at a school, over the tenant, or either of several
 * ({@link org.canopy.platform.api.access.RoleCheck}, from {@code Caller.eitherOf}).
 */
package org.canopy.platform.api.access;
