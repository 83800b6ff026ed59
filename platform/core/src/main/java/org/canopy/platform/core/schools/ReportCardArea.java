package org.canopy.platform.core.schools;

import org.canopy.platform.core.common.Coded;
import org.canopy.platform.core.common.Codes;

/**
 * The evaluation areas of an Ofsted report card (inspections from 10 November 2025, Ofsted's school
 * inspection toolkit), in the order the report card lists them; safeguarding is not graded but met
 * or not met ({@link Safeguarding}). Early years and sixth form are graded only where the school has
 * them. Sources: https://www.focus-education.co.uk/blogs/blog/ofsted-inspection-changes-2025-what-schools-need-to-know
 * (the toolkit's list), https://www.wrigleys.co.uk/news/education/ofsteds-new-education-inspection-framework-key-changes-from-november-2025
 * (the start date).
 */
public enum ReportCardArea implements Coded {
    INCLUSION(true),
    CURRICULUM_AND_TEACHING(true),
    ACHIEVEMENT(true),
    ATTENDANCE_AND_BEHAVIOUR(true),
    PERSONAL_DEVELOPMENT_AND_WELLBEING(true),
    EARLY_YEARS(false),
    SIXTH_FORM(false),
    LEADERSHIP_AND_GOVERNANCE(true);

    private final boolean everySchool;

    ReportCardArea(boolean everySchool) {
        this.everySchool = everySchool;
    }

    /** Graded for every school; early years and sixth form only where the school has them. */
    public boolean everySchool() {
        return everySchool;
    }

    @Override
    public String code() {
        return Codes.kebab(this);
    }
}
