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

--changeset cpd-audit:2 splitStatements:false
-- The staff survey is the core's (ModuleContext.surveys()): the audit keeps the id of its survey,
-- each survey so far moves into the core's tables as it stood (invitations, responses in a random
-- order, answers in item order, open or closed), and the module's own tables, which a reader could
-- join, go. Runs as the owner, one tenant at a time (row-level security is forced for it too).
ALTER TABLE audit ADD COLUMN staff_survey uuid;
DO $$
DECLARE
    tenant_row record;
    audit_row record;
    survey uuid;
BEGIN
    FOR tenant_row IN SELECT id FROM public.tenant LOOP
        PERFORM set_config('canopy.tenant_id', tenant_row.id::text, true);
        FOR audit_row IN SELECT a.id, a.school_id, a.status, a.survey_code, f.definition::jsonb AS definition
                         FROM audit a JOIN framework f ON f.id = a.framework_id
                         WHERE EXISTS (SELECT 1 FROM survey_invitation i WHERE i.audit_id = a.id) LOOP
            survey := gen_random_uuid();
            INSERT INTO public.staff_survey (id, module_id, school_id, scale, staff_groups, minimum_respondents, school_code, open)
            VALUES (survey, 'cpd-audit', audit_row.school_id,
                    ARRAY['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
                    ARRAY(SELECT DISTINCT staff_group FROM survey_invitation
                          WHERE audit_id = audit_row.id AND channel = 'link' ORDER BY 1),
                    5, CASE WHEN audit_row.status = 'survey-open' THEN audit_row.survey_code END,
                    audit_row.status = 'survey-open');
            INSERT INTO public.staff_survey_item (survey_id, position, key, area, statement, reverse_coded)
            SELECT survey, row_number() OVER (ORDER BY areas.n, items.n) - 1, items.item->>'key', areas.area->>'key',
                   items.item->>'statement', false
            FROM jsonb_array_elements(audit_row.definition->'areas') WITH ORDINALITY AS areas(area, n),
                 jsonb_array_elements(areas.area->'surveyItems') WITH ORDINALITY AS items(item, n);
            INSERT INTO public.staff_survey_invitee (survey_id, staff_id, staff_group, token, used)
            SELECT survey, staff_id, staff_group, token, used FROM survey_invitation
            WHERE audit_id = audit_row.id AND channel = 'link';
            -- the old code answers kept no group: the quota starts afresh
            INSERT INTO public.staff_survey_code_quota (survey_id, staff_group)
            SELECT DISTINCT survey, staff_group FROM public.staff_survey_invitee WHERE survey_id = survey;
            INSERT INTO public.staff_survey_response (survey_id, staff_group, answers, answered_on)
            SELECT survey, r.staff_group,
                   ARRAY(SELECT answer.agreement FROM public.staff_survey_item si
                         LEFT JOIN survey_answer answer ON answer.response_id = r.id AND answer.item_key = si.key
                         WHERE si.survey_id = survey ORDER BY si.position),
                   r.submitted_on
            FROM survey_response r WHERE r.audit_id = audit_row.id ORDER BY random();
            UPDATE audit SET staff_survey = survey WHERE id = audit_row.id;
        END LOOP;
    END LOOP;
    PERFORM set_config('canopy.tenant_id', '', true);
END $$;
DROP TABLE survey_answer;
DROP TABLE survey_response;
DROP TABLE survey_invitation;
