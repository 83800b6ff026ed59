package org.canopy.platform.core.common;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The core reads the date in England only: no zone-less {@code now()}, whatever the server's zone. */
class EnglandTest {

    @Test
    void theCoreNeverAsksForAZoneLessNow() {
        JavaClasses core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.canopy.platform.core");
        assertThat(core).isNotEmpty();
        noClasses().should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(LocalTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(YearMonth.class, "now")
                .orShould().callMethod(Year.class, "now")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .because("the server's zone is not England's: use England.today()")
                .check(core);
    }

    @Test
    void todayIsLondonsDate() {
        assertThat(England.ZONE.getId()).isEqualTo("Europe/London");
        LocalDate before = LocalDate.now(England.ZONE);
        LocalDate today = England.today();
        assertThat(today).isBetween(before, LocalDate.now(England.ZONE));
    }
}
