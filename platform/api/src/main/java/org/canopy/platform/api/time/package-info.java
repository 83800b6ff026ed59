/** The clock in Europe/London and dates as people read them ({@link org.canopy.platform.api.time.CanopyTime}). */
package org.canopy.platform.api.time;
