-- The monitor, the dashboard and reminders select deliverables by due day; for a phase with few deliverables (or a
-- county-sized database) an index spares reading the whole table (docs/decisions/0052-monitor-speed.md).
create index deliverable_due_idx on deliverable (due_on) where not removed;
