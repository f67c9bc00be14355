-- Tasklist at scale (issue 9, TasklistAtScaleBenchmark). PostgreSQL only (db/vendor/h2 has H2's V7).
-- Runs after the engine has created its tables (config/FlywayAfterProcessEngine).
--
-- With authorizations on, every task query joins ACT_RU_AUTHORIZATION on
-- "AUTH.RESOURCE_ID_ IN (task id, process key, '*')", filtered by "PERMS_ & 2 = 2" (READ) and the like.
-- The planner cannot estimate a bit test and guessed about 500 matching rows where the engine's per-task
-- authorizations (one per task and candidate group) give 100,000: it chose a nested loop over the whole
-- materialized subquery (100,000 x 100,000 comparisons; the count ran for minutes). Expression statistics
-- on the permission bits, and on the columns the subquery filters together, give it the real numbers;
-- it then probes the authorization index per task (seconds, not minutes). ANALYZE (autovacuum) fills them.
-- The page is sorted by due date: with an index on it the planner walks the tasks in that order and stops after
-- the page (an incremental sort under the DISTINCT) instead of sorting every visible task.
create index if not exists hf_idx_task_due on act_ru_task (due_date_);
create statistics if not exists hf_stat_auth_perms on (perms_ & 2), (perms_ & 64) from act_ru_authorization;
create statistics if not exists hf_stat_auth_kind (dependencies, mcv) on type_, resource_type_, group_id_
  from act_ru_authorization;
analyze act_ru_authorization;
analyze act_ru_task;
