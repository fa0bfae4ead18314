-- Submissions: what each topic or plan owes (deliverables), every uploaded version of every document, and every
-- review round. Nothing here is ever updated away: documents and rounds are only inserted (a round gets its decision
-- once), deliverable changes are kept with their reason, removal is a flag.

-- One mechanism for topics and plans: a deliverable belongs to a work_item, whatever its kind.
create table deliverable (
    id             bigserial primary key,
    work_item_id   bigint       not null references work_item (id),
    name           varchar(100) not null,
    position       int          not null,
    -- end of that day in Asia/Shanghai; null while the office has not set it (e.g. 纲要草案)
    due_on         date,
    status         varchar(20)  not null default 'NOT_SUBMITTED'
        check (status in ('NOT_SUBMITTED', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    current_round  int          not null default 0 check (current_round >= 0),
    removed        boolean      not null default false,
    created_at     timestamptz  not null,
    created_by     varchar(64)  not null
);
create index deliverable_item_idx on deliverable (work_item_id);
create index deliverable_status_idx on deliverable (status) where not removed;

-- Every change the office makes to a deliverable, with its author and reason.
create table deliverable_change (
    id               bigserial primary key,
    deliverable_id   bigint       not null references deliverable (id),
    changed_at       timestamptz  not null,
    changed_by       varchar(64)  not null,
    changed_by_name  varchar(100) not null,
    change           varchar(20)  not null check (change in ('CREATED', 'RENAMED', 'DUE_CHANGED', 'REMOVED')),
    old_value        varchar(200),
    new_value        varchar(200),
    reason           varchar(500) not null
);
create index deliverable_change_idx on deliverable_change (deliverable_id);

-- File contents under generated names, in chunks so that they stream in and out without being held in memory.
create table stored_file (
    id          uuid         primary key,
    size_bytes  bigint       not null,
    sha256      varchar(64)     not null,
    created_at  timestamptz  not null
);
create table stored_file_chunk (
    file_id  uuid   not null references stored_file (id),
    seq      int    not null,
    data     bytea  not null,
    primary key (file_id, seq)
);

-- An uploaded version: the lead unit's main document (MAIN) or a supporting unit's contribution (CONTRIBUTION).
-- Versions are numbered per deliverable, kind and unit.
create table document_version (
    id                bigserial primary key,
    deliverable_id    bigint       not null references deliverable (id),
    kind              varchar(20)  not null check (kind in ('MAIN', 'CONTRIBUTION')),
    unit_id           bigint       not null references unit (id),
    version_no        int          not null check (version_no > 0),
    original_name     varchar(255) not null,
    file_type         varchar(10)  not null,
    size_bytes        bigint       not null,
    sha256            varchar(64)     not null,
    storage_key       varchar(100) not null,
    note              varchar(500),
    uploaded_by       varchar(64)  not null,
    uploaded_by_name  varchar(100) not null,
    uploaded_at       timestamptz  not null,
    unique (deliverable_id, kind, unit_id, version_no)
);
create index document_version_deliverable_idx on document_version (deliverable_id);
create index document_version_sha_idx on document_version (deliverable_id, sha256);

-- A review round: one submission of one main version, and the office's decision on it.
create table review_round (
    id                 bigserial primary key,
    deliverable_id     bigint       not null references deliverable (id),
    round_no           int          not null check (round_no > 0),
    document_id        bigint       not null references document_version (id),
    submitted_by       varchar(64)  not null,
    submitted_by_name  varchar(100) not null,
    submitted_at       timestamptz  not null,
    decision           varchar(20)  check (decision in ('RETURNED', 'ACCEPTED')),
    comment            text,
    decided_by         varchar(64),
    decided_by_name    varchar(100),
    decided_at         timestamptz,
    unique (deliverable_id, round_no),
    check (decision is distinct from 'RETURNED' or length(btrim(comment)) > 0),
    check ((decision is null) = (decided_at is null))
);
create index review_round_pending_idx on review_round (submitted_at) where decision is null;

-- (Audit entries of one object are shown on its page: the index on audit_event (object_type, object_id) comes
-- with V0004.)
