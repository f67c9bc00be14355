-- Tasklist at scale (issue 9, TasklistAtScaleBenchmark). H2 only (db/vendor/postgresql has PostgreSQL's V7).
-- Runs after the engine has created its tables (config/FlywayAfterProcessEngine).
-- The 我组的任务 page is sorted by due date.
create index if not exists hf_idx_task_due on act_ru_task (due_date_);
