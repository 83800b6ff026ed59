/**
 * Long lists a page at a time: {@link org.canopy.platform.api.paging.PageRequest} (offset and limit,
 * bounded, a 400 for bad values) and {@link org.canopy.platform.api.paging.Page}.
 */
package org.canopy.platform.api.paging;
