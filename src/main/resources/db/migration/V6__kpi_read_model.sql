-- Read model of the revisit KPIs (K1-K3, K5, K6), so GET /api/kpis reads a few indexed rows instead of the
-- engine's history. Written in the transaction that closes a complaint or completes a revisit round
-- (kpi/RecordKpiFactsListener); rows missing from history (cases closed before this table existed, or
-- ended in Cockpit without listeners) are filled from history by kpi/KpiBackfill after the engine is up.

-- One row per ended complaint-handling instance (complaints and suggestions; K1 and K6 count complaints).
create table hf_kpi_complaint (
  proc_inst_id     varchar(64) not null primary key,
  closed_at        timestamp   not null,
  -- complaintType 'complaint' (not an opinion/suggestion, C3)
  is_complaint     boolean     not null,
  -- the severity the case closed with (general, important, major)
  severity         varchar(16),
  -- not anonymous and not reply-letter-only (C12)
  revisitable      boolean     not null,
  -- an owner revisit called by the complaint has a completed 回访业主 round (K1)
  revisited        boolean     not null,
  -- K6: 答复业主 completed by answerDue, the answer deadline never fired
  answered_in_time boolean     not null,
  -- K6: 处理投诉 completed by resolveDue, the resolution deadline never fired
  resolved_in_time boolean     not null
);
create index hf_kpi_complaint_closed on hf_kpi_complaint (closed_at);

-- One row per completed 回访业主 round of any owner revisit (R5, R7; K2, K3, K5 and the share by method).
create table hf_kpi_revisit (
  task_id      varchar(64) not null primary key,
  proc_inst_id varchar(64) not null,
  completed_at timestamp   not null,
  -- null when the round has no record (completed before rounds were recorded)
  method       varchar(32),
  -- on site with the owner's signature (K2)
  owner_signed boolean     not null,
  satisfaction varchar(32)
);
create index hf_kpi_revisit_completed on hf_kpi_revisit (completed_at);
