--liquibase formatted sql

--changeset canopy:002-school
CREATE TABLE school (
    tenant_id        uuid          NOT NULL REFERENCES tenant (id),
    id               uuid          NOT NULL PRIMARY KEY,
    urn              char(6)       NOT NULL CHECK (urn ~ '^[0-9]{6}$'),
    name             varchar(200)  NOT NULL,
    phase            varchar(32)   NOT NULL,
    local_authority  varchar(100)  NOT NULL,
    region           varchar(40)   NOT NULL,
    pupils           integer       NOT NULL CHECK (pupils BETWEEN 0 AND 10000),
    fsm_percent      numeric(5, 2) CHECK (fsm_percent BETWEEN 0 AND 100),
    ofsted           varchar(32)   NOT NULL,
    joined_on        date          NOT NULL,
    left_on          date          CHECK (left_on IS NULL OR left_on >= joined_on),
    version          bigint        NOT NULL,
    CONSTRAINT school_urn_unique UNIQUE (tenant_id, urn),
    -- lets other tables reference a school together with its tenant, so no row points across tenants
    CONSTRAINT school_tenant_id_unique UNIQUE (tenant_id, id)
);

--changeset canopy:002-staff-member
CREATE TABLE staff_member (
    tenant_id    uuid          NOT NULL REFERENCES tenant (id),
    id           uuid          NOT NULL PRIMARY KEY,
    school_id    uuid,
    full_name    varchar(200)  NOT NULL,
    email        varchar(254),
    staff_group  varchar(40)   NOT NULL,
    fte          numeric(4, 3) NOT NULL CHECK (fte > 0 AND fte <= 1),
    started_on   date          NOT NULL,
    left_on      date          CHECK (left_on IS NULL OR left_on >= started_on),
    version      bigint        NOT NULL,
    CONSTRAINT staff_member_school FOREIGN KEY (tenant_id, school_id) REFERENCES school (tenant_id, id),
    CONSTRAINT staff_member_email_unique UNIQUE (tenant_id, email)
);
CREATE INDEX staff_member_by_school ON staff_member (tenant_id, school_id);

--changeset canopy:002-academic-year
CREATE TABLE academic_year (
    tenant_id         uuid       NOT NULL REFERENCES tenant (id),
    id                uuid       NOT NULL PRIMARY KEY,
    label             varchar(7) NOT NULL CHECK (label ~ '^[0-9]{4}/[0-9]{2}$'),
    starts_on         date       NOT NULL,
    ends_on           date       NOT NULL,
    autumn_starts_on  date       NOT NULL,
    autumn_ends_on    date       NOT NULL,
    spring_starts_on  date       NOT NULL,
    spring_ends_on    date       NOT NULL,
    summer_starts_on  date       NOT NULL,
    summer_ends_on    date       NOT NULL,
    version           bigint     NOT NULL,
    CONSTRAINT academic_year_label_unique UNIQUE (tenant_id, label),
    CONSTRAINT academic_year_terms_in_order CHECK (starts_on <= autumn_starts_on AND autumn_starts_on <= autumn_ends_on
        AND autumn_ends_on < spring_starts_on AND spring_starts_on <= spring_ends_on
        AND spring_ends_on < summer_starts_on AND summer_starts_on <= summer_ends_on AND summer_ends_on <= ends_on)
);

--changeset canopy:002-role-assignment
CREATE TABLE role_assignment (
    tenant_id     uuid          NOT NULL REFERENCES tenant (id),
    id            uuid          NOT NULL PRIMARY KEY,
    subject       varchar(254)  NOT NULL,
    display_name  varchar(200)  NOT NULL,
    role          varchar(40)   NOT NULL,
    school_id     uuid,
    CONSTRAINT role_assignment_school FOREIGN KEY (tenant_id, school_id) REFERENCES school (tenant_id, id),
    CONSTRAINT role_assignment_unique UNIQUE NULLS NOT DISTINCT (tenant_id, subject, role, school_id)
);

--changeset canopy:002-rls-shared-model
ALTER TABLE school ENABLE ROW LEVEL SECURITY;
ALTER TABLE school FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON school
    USING (tenant_id = canopy_current_tenant()) WITH CHECK (tenant_id = canopy_current_tenant());
ALTER TABLE staff_member ENABLE ROW LEVEL SECURITY;
ALTER TABLE staff_member FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON staff_member
    USING (tenant_id = canopy_current_tenant()) WITH CHECK (tenant_id = canopy_current_tenant());
ALTER TABLE academic_year ENABLE ROW LEVEL SECURITY;
ALTER TABLE academic_year FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON academic_year
    USING (tenant_id = canopy_current_tenant()) WITH CHECK (tenant_id = canopy_current_tenant());
ALTER TABLE role_assignment ENABLE ROW LEVEL SECURITY;
ALTER TABLE role_assignment FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON role_assignment
    USING (tenant_id = canopy_current_tenant()) WITH CHECK (tenant_id = canopy_current_tenant());
