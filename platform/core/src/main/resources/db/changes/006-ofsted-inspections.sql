--liquibase formatted sql

--changeset canopy:006-school-inspection
-- A school's Ofsted inspections, kept as history. Before 10 November 2025 an inspection gave one
-- overall judgement; from then a report card: a grade per evaluation area (early years and sixth
-- form only where the school has them) and safeguarding met or not met. The two scales are never
-- mapped onto each other. The date is null only for the single word a school carried before
-- inspections were kept (migrated below), so a school has at most one such undated judgement.
CREATE DOMAIN report_card_grade AS varchar(32)
    CHECK (VALUE IN ('EXCEPTIONAL', 'STRONG_STANDARD', 'EXPECTED_STANDARD', 'NEEDS_ATTENTION', 'URGENT_IMPROVEMENT'));
CREATE TABLE school_inspection (
    tenant_id                           uuid               NOT NULL REFERENCES tenant (id),
    id                                  uuid               NOT NULL PRIMARY KEY,
    school_id                           uuid               NOT NULL,
    inspected_on                        date,
    judgement                           varchar(32)        CHECK (judgement IN ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE')),
    safeguarding                        varchar(16)        CHECK (safeguarding IN ('MET', 'NOT_MET')),
    inclusion                           report_card_grade,
    curriculum_and_teaching             report_card_grade,
    achievement                         report_card_grade,
    attendance_and_behaviour            report_card_grade,
    personal_development_and_wellbeing  report_card_grade,
    early_years                         report_card_grade,
    sixth_form                          report_card_grade,
    leadership_and_governance           report_card_grade,
    version                             bigint             NOT NULL,
    CONSTRAINT school_inspection_school FOREIGN KEY (tenant_id, school_id) REFERENCES school (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT school_inspection_one_a_day UNIQUE NULLS NOT DISTINCT (tenant_id, school_id, inspected_on),
    CONSTRAINT school_inspection_judgement_or_report_card CHECK (
        (judgement IS NOT NULL AND (inspected_on IS NULL OR inspected_on < DATE '2025-11-10')
            AND safeguarding IS NULL AND inclusion IS NULL AND curriculum_and_teaching IS NULL AND achievement IS NULL
            AND attendance_and_behaviour IS NULL AND personal_development_and_wellbeing IS NULL AND early_years IS NULL
            AND sixth_form IS NULL AND leadership_and_governance IS NULL)
        OR (judgement IS NULL AND inspected_on >= DATE '2025-11-10' AND safeguarding IS NOT NULL
            AND inclusion IS NOT NULL AND curriculum_and_teaching IS NOT NULL AND achievement IS NOT NULL
            AND attendance_and_behaviour IS NOT NULL AND personal_development_and_wellbeing IS NOT NULL
            AND leadership_and_governance IS NOT NULL))
);
ALTER TABLE school_inspection ENABLE ROW LEVEL SECURITY;
ALTER TABLE school_inspection FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON school_inspection
    USING (tenant_id = canopy_current_tenant()) WITH CHECK (tenant_id = canopy_current_tenant());
GRANT SELECT ON school_inspection TO canopy_module;

--changeset canopy:006-school-ofsted-into-history splitStatements:false
-- Each school's former single word becomes an undated overall judgement. Row-level security is
-- forced on the owner too, so the copy runs tenant by tenant with the tenant set.
DO $$
DECLARE
    each_tenant uuid;
BEGIN
    FOR each_tenant IN SELECT id FROM tenant LOOP
        PERFORM set_config('canopy.tenant_id', each_tenant::text, true);
        INSERT INTO school_inspection (tenant_id, id, school_id, inspected_on, judgement, version)
        SELECT tenant_id, gen_random_uuid(), id, NULL, ofsted, 1 FROM school
        WHERE ofsted IN ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE');
    END LOOP;
    PERFORM set_config('canopy.tenant_id', '', true);
END $$;

--changeset canopy:006-school-drop-ofsted
ALTER TABLE school DROP COLUMN ofsted;
