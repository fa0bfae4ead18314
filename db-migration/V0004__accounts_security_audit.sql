-- Administration and security (issue 7): lockout, second factor, sessions, unit leaders, append-only audit chain.

-- Accounts: login failures and lockout, second factor (TOTP, RFC 6238), when the password was last set.
alter table app_user add column failed_logins        int         not null default 0;
alter table app_user add column locked_until         timestamptz;
alter table app_user add column password_changed_at  timestamptz;
alter table app_user add column totp_secret          varchar(64);
alter table app_user add column totp_pending_secret  varchar(64);
alter table app_user add column totp_enabled         boolean     not null default false;
-- the last TOTP time step accepted: a code is accepted once only (no replay within its 30 s window)
alter table app_user add column totp_last_step       bigint      not null default 0;
alter table app_user add column disabled_at          timestamptz;

-- One-time recovery codes for a lost authenticator; only their SHA-256 is kept.
create table recovery_code (
    id         bigserial primary key,
    user_id    bigint      not null references app_user (id),
    code_hash  varchar(64) not null,
    used_at    timestamptz
);
create index recovery_code_user_idx on recovery_code (user_id);

-- Signed-in sessions, so a user sees their other sessions and the office can end them (on any instance).
create table user_session (
    id              bigserial primary key,
    username        varchar(64)  not null,
    started_at      timestamptz  not null,
    last_seen_at    timestamptz  not null,
    client_address  varchar(64),
    user_agent      varchar(300),
    ended_at        timestamptz,
    end_reason      varchar(30)
);
create index user_session_open_idx on user_session (lower(username)) where ended_at is null;

-- Each unit records its responsible leader (分管领导); its liaisons (业务骨干) are its LIAISON accounts.
alter table unit add column leader_name      varchar(50);
alter table unit add column leader_position  varchar(200);
alter table unit add column leader_phone     varchar(40);

-- Leadership-group members are retired, never deleted.
alter table leadership_member add column retired boolean not null default false;

-- Audit: the actor's unit at the time, and a hash chain (sealed shortly after commit, in commit order).
alter table audit_event add column actor_unit_id  bigint;
alter table audit_event add column chain_seq      bigint unique;
alter table audit_event add column prev_hash      varchar(64);
alter table audit_event add column hash           varchar(64);
create index audit_event_actor_idx on audit_event (actor);
create index audit_event_action_idx on audit_event (action);
create index audit_event_object_idx on audit_event (object_type, object_id);
create index audit_event_unit_idx on audit_event (actor_unit_id);
create index audit_event_unsealed_idx on audit_event (id) where hash is null;

-- Append-only: the one update allowed is sealing an unsealed row without touching its content.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.hash is null and old.chain_seq is null
        and new.id = old.id and new.occurred_at = old.occurred_at and new.actor = old.actor
        and new.action = old.action and new.result = old.result
        and new.object_type is not distinct from old.object_type
        and new.object_id is not distinct from old.object_id
        and new.detail is not distinct from old.detail
        and new.actor_unit_id is not distinct from old.actor_unit_id then
        return new;
    end if;
    raise exception '审计记录只能追加，不能修改或删除 (audit_event is append-only)';
end
$$;
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_append_only();

create function audit_event_no_truncate() returns trigger language plpgsql as $$
begin
    raise exception '审计记录不能清空 (audit_event cannot be truncated)';
end
$$;
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_no_truncate();
