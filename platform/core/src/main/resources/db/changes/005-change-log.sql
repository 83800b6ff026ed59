--liquibase formatted sql

-- The core's log of changes to tenant data was called audit_event, like the CPD audit's own table:
-- it is the change log. Renamed with its key, foreign key and index; its rows and action names stay as
-- they are. Its row-level security policy (tenant_isolation, the standard one) goes with the table.

--changeset canopy:005-change-log
ALTER TABLE audit_event RENAME TO change_log;
ALTER INDEX audit_event_by_time RENAME TO change_log_by_time;
ALTER INDEX audit_event_pkey RENAME TO change_log_pkey;
ALTER TABLE change_log RENAME CONSTRAINT audit_event_tenant_id_fkey TO change_log_tenant_id_fkey;
