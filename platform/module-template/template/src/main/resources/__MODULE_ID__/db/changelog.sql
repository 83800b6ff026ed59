--liquibase formatted sql

--changeset __MODULE_ID__:1
-- Runs once, in the module's own schema. A tenant-owned table has a tenant_id (the default fills
-- it in) and is declared to the platform, which puts it under row-level security.
CREATE TABLE visit (
    tenant_id      uuid          NOT NULL DEFAULT canopy_current_tenant(),
    id             uuid          NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
    school_id      uuid          NOT NULL,
    visited_on     date          NOT NULL,
    academic_year  varchar(7)    NOT NULL,
    purpose        varchar(200)  NOT NULL
);
CREATE INDEX visit_by_year ON visit (tenant_id, academic_year, school_id);
SELECT canopy_protect_tenant_table('visit');
