--liquibase formatted sql

--changeset canopy:008-staff-surveys
-- Staff surveys run by the core for modules (DESIGN.md "Staff surveys: a platform service").
-- Platform tables: canopy_app reaches them under row-level security; canopy_module (modules' SQL)
-- gets no privilege on any of them, so no module reads a response, an invitation or who answered.
CREATE TABLE staff_survey (
    tenant_id            uuid          NOT NULL DEFAULT canopy_current_tenant() REFERENCES tenant (id),
    id                   uuid          NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
    module_id            varchar(63)   NOT NULL,
    school_id            uuid          NOT NULL,
    scale                text[]        NOT NULL,
    staff_groups         text[]        NOT NULL,
    minimum_respondents  integer       NOT NULL CHECK (minimum_respondents >= 5),
    school_code          varchar(12),
    last_day             date,
    open                 boolean       NOT NULL,
    UNIQUE (tenant_id, school_code)
);

CREATE TABLE staff_survey_item (
    tenant_id      uuid          NOT NULL DEFAULT canopy_current_tenant(),
    survey_id      uuid          NOT NULL REFERENCES staff_survey (id),
    position       integer       NOT NULL,
    key            varchar(80)   NOT NULL,
    area           varchar(80)   NOT NULL,
    statement      varchar(500)  NOT NULL,
    reverse_coded  boolean       NOT NULL,
    PRIMARY KEY (survey_id, position),
    UNIQUE (survey_id, key)
);

-- Who was invited, with their personal link; "used" is set in a transaction of its own that
-- writes nothing else, and no response refers to it.
CREATE TABLE staff_survey_invitee (
    tenant_id    uuid          NOT NULL DEFAULT canopy_current_tenant(),
    survey_id    uuid          NOT NULL REFERENCES staff_survey (id),
    staff_id     uuid          NOT NULL,
    staff_group  varchar(40)   NOT NULL,
    token        varchar(64)   NOT NULL UNIQUE,
    used         boolean       NOT NULL DEFAULT false,
    PRIMARY KEY (survey_id, staff_id)
);

-- Answers given with the school code, per group: at most the group's invitees who have not used their link.
CREATE TABLE staff_survey_code_quota (
    tenant_id    uuid          NOT NULL DEFAULT canopy_current_tenant(),
    survey_id    uuid          NOT NULL REFERENCES staff_survey (id),
    staff_group  varchar(40)   NOT NULL,
    answered     integer       NOT NULL DEFAULT 0,
    PRIMARY KEY (survey_id, staff_group)
);

-- Responses wait here (no key, no order, the day only) until filed in shuffled batches of five or more.
CREATE TABLE staff_survey_waiting (
    tenant_id    uuid          NOT NULL DEFAULT canopy_current_tenant(),
    survey_id    uuid          NOT NULL REFERENCES staff_survey (id),
    staff_group  varchar(40)   NOT NULL,
    answers      smallint[]    NOT NULL,
    answered_on  date          NOT NULL
);
CREATE INDEX staff_survey_waiting_by_survey ON staff_survey_waiting (survey_id);

-- A response: the answers in item order (null = skipped), a coarse staff group and the day. A random id.
CREATE TABLE staff_survey_response (
    tenant_id    uuid          NOT NULL DEFAULT canopy_current_tenant(),
    id           uuid          NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
    survey_id    uuid          NOT NULL REFERENCES staff_survey (id),
    staff_group  varchar(40)   NOT NULL,
    answers      smallint[]    NOT NULL,
    answered_on  date          NOT NULL
);
CREATE INDEX staff_survey_response_by_survey ON staff_survey_response (survey_id);

-- School-code attempts per address (hashed) and per survey, per ten minutes: in the database, so
-- every instance counts the same.
CREATE TABLE staff_survey_attempt (
    tenant_id     uuid          NOT NULL DEFAULT canopy_current_tenant(),
    scope         varchar(8)    NOT NULL CHECK (scope IN ('address', 'survey')),
    key           varchar(64)   NOT NULL,
    window_start  timestamptz   NOT NULL,
    attempts      integer       NOT NULL,
    PRIMARY KEY (tenant_id, scope, key, window_start)
);

SELECT canopy_protect_tenant_table('staff_survey');
SELECT canopy_protect_tenant_table('staff_survey_item');
SELECT canopy_protect_tenant_table('staff_survey_invitee');
SELECT canopy_protect_tenant_table('staff_survey_code_quota');
SELECT canopy_protect_tenant_table('staff_survey_waiting');
SELECT canopy_protect_tenant_table('staff_survey_response');
SELECT canopy_protect_tenant_table('staff_survey_attempt');
REVOKE ALL ON staff_survey, staff_survey_item, staff_survey_invitee, staff_survey_code_quota, staff_survey_waiting,
    staff_survey_response, staff_survey_attempt FROM canopy_module;
