--liquibase formatted sql

--changeset cpd-audit:1
-- Frameworks are data: the default is seeded per tenant when it enables the module; a trust copies
-- and publishes its own. A published version is immutable (the application refuses changes).
CREATE TABLE framework (
    tenant_id     uuid          NOT NULL DEFAULT canopy_current_tenant(),
    id            uuid          NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
    key           varchar(80)   NOT NULL,
    version       varchar(20)   NOT NULL,
    title         varchar(300)  NOT NULL,
    definition    text          NOT NULL,
    status        varchar(12)   NOT NULL CHECK (status IN ('draft', 'published')),
    published_at  timestamptz,
    created_at    timestamptz   NOT NULL DEFAULT clock_timestamp(),
    UNIQUE (tenant_id, key, version)
);
SELECT canopy_protect_tenant_table('framework');

-- One audit per school and academic year; a correction of a published audit is a new edition.
CREATE TABLE audit (
    tenant_id          uuid          NOT NULL DEFAULT canopy_current_tenant(),
    id                 uuid          NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
    school_id          uuid          NOT NULL,
    academic_year      varchar(7)    NOT NULL,
    edition            integer       NOT NULL DEFAULT 1,
    framework_id       uuid          NOT NULL REFERENCES framework (id),
    status             varchar(24)   NOT NULL,
    survey_of          uuid          REFERENCES audit (id),
    survey_code        varchar(12),
    corrects           uuid          REFERENCES audit (id),
    correction_reason  varchar(1000),
    overall_level      varchar(40),
    published_at       timestamptz,
    created_at         timestamptz   NOT NULL DEFAULT clock_timestamp(),
    UNIQUE (tenant_id, school_id, academic_year, edition),
    UNIQUE (tenant_id, survey_code)
);
CREATE INDEX audit_by_school ON audit (tenant_id, school_id, academic_year);
SELECT canopy_protect_tenant_table('audit');

-- Who moved an audit from one status to another, when and why.
CREATE TABLE audit_event (
    tenant_id    uuid          NOT NULL DEFAULT canopy_current_tenant(),
    id           uuid          NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
    audit_id     uuid          NOT NULL REFERENCES audit (id),
    from_status  varchar(24),
    to_status    varchar(24)   NOT NULL,
    actor        varchar(200)  NOT NULL,
    reason       varchar(1000),
    at           timestamptz   NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX audit_event_by_audit ON audit_event (audit_id, at);
SELECT canopy_protect_tenant_table('audit_event');

-- A single-use invitation to the survey: a personal link, or one issued to whoever entered the
-- school code; the token is the secret in the link. Nothing links an invitation to its response.
CREATE TABLE survey_invitation (
    tenant_id    uuid          NOT NULL DEFAULT canopy_current_tenant(),
    id           uuid          NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
    audit_id     uuid          NOT NULL REFERENCES audit (id),
    token        varchar(64)   NOT NULL UNIQUE,
    channel      varchar(8)    NOT NULL CHECK (channel IN ('link', 'code')),
    staff_id     uuid,
    staff_group  varchar(40),
    used         boolean       NOT NULL DEFAULT false
);
CREATE INDEX survey_invitation_by_audit ON survey_invitation (audit_id);
SELECT canopy_protect_tenant_table('survey_invitation');

-- An anonymous response: the staff group and the day, never the person or the time of day.
CREATE TABLE survey_response (
    tenant_id     uuid          NOT NULL DEFAULT canopy_current_tenant(),
    id            uuid          NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
    audit_id      uuid          NOT NULL REFERENCES audit (id),
    staff_group   varchar(40)   NOT NULL,
    submitted_on  date          NOT NULL DEFAULT current_date
);
CREATE INDEX survey_response_by_audit ON survey_response (audit_id);
SELECT canopy_protect_tenant_table('survey_response');

CREATE TABLE survey_answer (
    tenant_id    uuid          NOT NULL DEFAULT canopy_current_tenant(),
    response_id  uuid          NOT NULL REFERENCES survey_response (id),
    item_key     varchar(80)   NOT NULL,
    agreement    smallint      NOT NULL CHECK (agreement BETWEEN 1 AND 5),
    PRIMARY KEY (response_id, item_key)
);
SELECT canopy_protect_tenant_table('survey_answer');

-- Leaders' self-evaluation per criterion.
CREATE TABLE criterion_rating (
    tenant_id     uuid           NOT NULL DEFAULT canopy_current_tenant(),
    audit_id      uuid           NOT NULL REFERENCES audit (id),
    criterion_key varchar(80)    NOT NULL,
    level         varchar(40)    NOT NULL,
    notes         varchar(4000),
    rated_by      varchar(200)   NOT NULL,
    rated_at      timestamptz    NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (audit_id, criterion_key)
);
SELECT canopy_protect_tenant_table('criterion_rating');

CREATE TABLE evidence_file (
    tenant_id      uuid          NOT NULL DEFAULT canopy_current_tenant(),
    id             uuid          NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
    audit_id       uuid          NOT NULL REFERENCES audit (id),
    criterion_key  varchar(80)   NOT NULL,
    filename       varchar(255)  NOT NULL,
    content_type   varchar(100)  NOT NULL,
    size_bytes     integer       NOT NULL,
    content        bytea         NOT NULL,
    uploaded_by    varchar(200)  NOT NULL,
    uploaded_at    timestamptz   NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX evidence_file_by_audit ON evidence_file (audit_id, criterion_key);
SELECT canopy_protect_tenant_table('evidence_file');

-- The auditor's level per area, with the rationale.
CREATE TABLE area_judgement (
    tenant_id   uuid           NOT NULL DEFAULT canopy_current_tenant(),
    audit_id    uuid           NOT NULL REFERENCES audit (id),
    area_key    varchar(80)    NOT NULL,
    level       varchar(40)    NOT NULL,
    rationale   varchar(4000)  NOT NULL,
    judged_by   varchar(200)   NOT NULL,
    judged_at   timestamptz    NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (audit_id, area_key)
);
SELECT canopy_protect_tenant_table('area_judgement');

-- Exactly two per published audit, each in its own area.
CREATE TABLE priority (
    tenant_id  uuid          NOT NULL DEFAULT canopy_current_tenant(),
    id         uuid          NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
    audit_id   uuid          NOT NULL REFERENCES audit (id),
    position   smallint      NOT NULL CHECK (position IN (1, 2)),
    area_key   varchar(80)   NOT NULL,
    title      varchar(300)  NOT NULL,
    UNIQUE (audit_id, position),
    UNIQUE (audit_id, area_key)
);
SELECT canopy_protect_tenant_table('priority');

CREATE TABLE priority_action (
    tenant_id    uuid          NOT NULL DEFAULT canopy_current_tenant(),
    id           uuid          NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
    priority_id  uuid          NOT NULL REFERENCES priority (id),
    description  varchar(500)  NOT NULL,
    owner        varchar(200)  NOT NULL,
    due_on       date          NOT NULL,
    status       varchar(5)    NOT NULL CHECK (status IN ('red', 'amber', 'green')),
    complete     boolean       NOT NULL DEFAULT false,
    created_at   timestamptz   NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX priority_action_by_priority ON priority_action (priority_id, due_on);
SELECT canopy_protect_tenant_table('priority_action');
