--liquibase formatted sql

--changeset canopy:007-module-reference-data
-- Modules' reference data: rules that change by date (funding lists, caps, eligibility), loaded from
-- versioned files in a module's jar at start-up and by the platform operator. A platform table, not
-- tenant-owned: every tenant's requests read it through the core's lookup, which gives a module its
-- own rows only (module_id); canopy_module has no grant on it, so no module SQL reads or writes it.
-- Rows are never changed or deleted: a calculation keeps the id of the rule it used, and a newer
-- version of a rule set replaces the older one for lookups only.
CREATE TABLE module_reference_rule (
    id              uuid           NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
    module_id       varchar(100)   NOT NULL,
    rule_set        varchar(100)   NOT NULL,
    rule_key        varchar(100)   NOT NULL,
    version         integer        NOT NULL CHECK (version > 0),
    effective_from  date           NOT NULL,
    effective_to    date,
    payload         jsonb          NOT NULL,
    source_url      varchar(2000),
    source_note     varchar(2000),
    recorded_by     varchar(200)   NOT NULL,
    recorded_at     timestamptz    NOT NULL DEFAULT clock_timestamp(),
    CHECK (effective_to IS NULL OR effective_to >= effective_from),
    CHECK (source_url IS NOT NULL OR source_note IS NOT NULL),
    UNIQUE (module_id, rule_set, version, rule_key)
);
CREATE INDEX module_reference_rule_in_effect ON module_reference_rule (module_id, rule_set, version, effective_from);
REVOKE UPDATE, DELETE ON module_reference_rule FROM ${app_role};
