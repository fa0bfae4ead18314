-- Issued progress bulletins (通报): the wording as issued and the .docx as sent, never changed afterwards.
-- Numbers run per year of issue: 规划办通报〔2020〕1号, 2号, ...
create table bulletin (
    id         bigserial primary key,
    number     varchar(60)  not null unique,
    as_of      date         not null,
    title      varchar(300) not null,
    summary    text         not null,
    closing    text         not null,
    issued_by  varchar(100) not null, -- display name of the office member who issued it
    issued_at  timestamptz  not null,
    docx       bytea        not null,
    -- null when the server had no CJK font at issue time
    pdf        bytea
);
create index bulletin_issued_idx on bulletin (issued_at desc);
