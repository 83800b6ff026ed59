package org.canopy.platform.api.time;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class CanopyTimeTest {

    @Test
    void datesReadAsPeopleWriteThem() {
        assertThat(CanopyTime.date(LocalDate.of(2025, 9, 4))).isEqualTo("4 September 2025");
        assertThat(CanopyTime.date((LocalDate) null)).isEmpty();
    }

    @Test
    void todayIsLondonsTodayWhateverTheClocksZone() {
        Instant halfPastMidnightInSummer = Instant.parse("2025-06-30T23:30:00Z");
        Clock utc = Clock.fixed(halfPastMidnightInSummer, ZoneOffset.UTC);
        assertThat(CanopyTime.today(utc)).as("01:30 BST").isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(CanopyTime.date(halfPastMidnightInSummer)).isEqualTo("1 July 2025");
        assertThat(CanopyTime.dateTime(Instant.parse("2025-12-04T15:05:00Z"))).isEqualTo("4 December 2025 at 3:05pm");
    }
}
