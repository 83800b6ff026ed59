package org.canopy.platform.api.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Time as English schools live it: the clock in Europe/London (a school's "today" changes at
 * midnight in London, not UTC) and dates written as people read them, "4 September 2025". A module
 * takes its clock from {@code ModuleContext.clock()} (tests fix it) and never calls a zone-less
 * {@code now()}.
 */
public final class CanopyTime {

    /** The zone of every school and trust Canopy serves. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private CanopyTime() {
    }

    /** The system clock in Europe/London. */
    public static Clock clock() {
        return Clock.system(ZONE);
    }

    /** Today in London by {@code clock}. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** "4 September 2025"; empty for none. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The London date of {@code instant}: "4 September 2025"; empty for none. */
    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ZONE));
    }

    /** "4 September 2025 at 3:05pm" in London (GOV.UK style: lower-case am/pm); empty for none. */
    public static String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return date(instant) + " at " + TIME.format(instant.atZone(ZONE)).toLowerCase(Locale.UK);
    }
}
