-- Ims.Rules.Orleans: the PostgreSQL schema and queries behind Orleans' ADO.NET grain storage
-- (Microsoft.Orleans.Persistence.AdoNet), written for this project. Safe to apply again: it creates what is missing
-- and replaces the queries. eng/orleans-database.sh applies it; by hand:
--
--   psql "host=127.0.0.1 dbname=ims_orleans user=ims" -v ON_ERROR_STOP=1 -f eng/orleans-sql/ims-orleans.sql
--
-- How the provider uses it: at start it reads its queries from the table orleansquery (the provider fixes that
-- table's name and its columns querykey and querytext). It binds the same named parameters to each query:
-- @ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1, @GrainIdExtensionString (the string key: a recipient's GSTIN),
-- @GrainIdHash and @GrainTypeHash (not needed here: the primary key is the index), @GrainStateVersion (the version
-- the grain last read or wrote; NULL when it found nothing) and, for writes, @PayloadBinary (what the grain storage
-- serializer produced: for recipients, the ims-case/1 JSON in UTF-8).
--
-- Every write is conditional on the version (optimistic concurrency): a write or clear answers one row with the new
-- version, or NULL when the stored version is not the one the grain holds (another activation wrote first); the
-- provider then throws InconsistentStateException and the grain's batch fails, so nothing is silently overwritten.

CREATE TABLE IF NOT EXISTS orleansquery
(
    querykey  varchar(64) PRIMARY KEY,
    querytext text NOT NULL
);

-- One row per grain and service: its latest state and version.
CREATE TABLE IF NOT EXISTS ims_grain_state
(
    service_id text    NOT NULL,
    grain_type text    NOT NULL,
    grain_key  text    NOT NULL DEFAULT '', -- the string key; '' for a grain with none
    grain_n0   bigint  NOT NULL,
    grain_n1   bigint  NOT NULL,
    document   bytea,                       -- NULL once cleared
    version    integer NOT NULL,
    stored_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (service_id, grain_type, grain_key, grain_n0, grain_n1)
);

INSERT INTO orleansquery (querykey, querytext) VALUES
-- The grain's state and version, or no row when it has never been stored.
('ReadFromStorageKey', $q$
SELECT document AS payloadbinary, version
FROM ims_grain_state
WHERE service_id = @ServiceId AND grain_type = @GrainTypeString AND grain_key = coalesce(@GrainIdExtensionString, '')
  AND grain_n0 = @GrainIdN0 AND grain_n1 = @GrainIdN1
$q$),
-- A grain that read a version replaces that version; one that read nothing inserts version 1, unless another
-- activation inserted first (then the primary key refuses it).
('WriteToStorageKey', $q$
WITH replaced AS (
    UPDATE ims_grain_state
    SET document = @PayloadBinary, version = version + 1, stored_at = now()
    WHERE service_id = @ServiceId AND grain_type = @GrainTypeString AND grain_key = coalesce(@GrainIdExtensionString, '')
      AND grain_n0 = @GrainIdN0 AND grain_n1 = @GrainIdN1 AND version = @GrainStateVersion
    RETURNING version),
inserted AS (
    INSERT INTO ims_grain_state (service_id, grain_type, grain_key, grain_n0, grain_n1, document, version)
    SELECT @ServiceId, @GrainTypeString, coalesce(@GrainIdExtensionString, ''), @GrainIdN0, @GrainIdN1, @PayloadBinary, 1
    WHERE @GrainStateVersion IS NULL
    ON CONFLICT DO NOTHING
    RETURNING version)
SELECT coalesce((SELECT version FROM replaced), (SELECT version FROM inserted)) AS newgrainstateversion
$q$),
-- Clearing keeps the row, without a document, at the next version.
('ClearStorageKey', $q$
WITH cleared AS (
    UPDATE ims_grain_state
    SET document = NULL, version = version + 1, stored_at = now()
    WHERE service_id = @ServiceId AND grain_type = @GrainTypeString AND grain_key = coalesce(@GrainIdExtensionString, '')
      AND grain_n0 = @GrainIdN0 AND grain_n1 = @GrainIdN1 AND version = @GrainStateVersion
    RETURNING version)
SELECT (SELECT version FROM cleared) AS newgrainstateversion
$q$),
-- With DeleteStateOnClear the row goes; the answer is a version the grain did not hold, so the provider accepts it.
('DeleteStorageKey', $q$
WITH deleted AS (
    DELETE FROM ims_grain_state
    WHERE service_id = @ServiceId AND grain_type = @GrainTypeString AND grain_key = coalesce(@GrainIdExtensionString, '')
      AND grain_n0 = @GrainIdN0 AND grain_n1 = @GrainIdN1 AND version = @GrainStateVersion
    RETURNING version + 1 AS next_version)
SELECT (SELECT next_version FROM deleted) AS newgrainstateversion
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;
