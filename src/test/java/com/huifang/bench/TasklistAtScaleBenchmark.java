package com.huifang.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.complaint.Complaint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tasklist at scale (issue 9): with many open complaint tasks (default 100,000), the 我组的任务 filter as Tasklist
 * runs it (the stored filter: candidate groups of the current user, assigned ones included, sorted by due date; a
 * page of 50 and the count), as a housekeeper with authorizations on, on PostgreSQL and on the H2 file database.
 * The same queries run on the same data with Huifang's indexes (Flyway V7) and without them (the engine's stock
 * schema), in the same run.
 *
 * <p>The tasks: a few real complaints are started and taken to 确认投诉等级 (candidate groups housekeeper and
 * customer-service) or 答复业主 (housekeeper, with a due date); then their runtime rows are cloned by SQL exactly like
 * the real ones: the executions, the tasks (due dates spread over the following weeks), the tasks' identity links,
 * the per-task authorizations the engine writes for each candidate group, and the task-local list columns.
 * The process variables of the clones are not copied: the filter's queries do not read them.
 *
 * <p>Settings: {@code bench.tasks} (100000), {@code bench.samples} (per query, default 40), {@code bench.measure}
 * (at most this many seconds per query and schema, default 60; at least 3 samples), {@code bench.db},
 * {@code bench.stock.timeout} (seconds, default 120: a query still running then is cancelled and counted as that
 * long, so such a figure is a lower bound).
 */
@Tag("bench")
class TasklistAtScaleBenchmark {

  /** What db/vendor/{vendor}/V7__tasklist.sql adds, dropped to measure the stock schema. */
  static final Map<String, List<String>> OURS = Map.of(
      "postgres", List.of("drop statistics if exists hf_stat_auth_perms", "drop statistics if exists hf_stat_auth_kind",
          "drop index if exists hf_idx_task_due"),
      "h2", List.of("drop index if exists hf_idx_task_due"));

  private static final String USER = "benchgj";
  private static final int REAL = 6;

  @Test
  void tasklistAtScale() throws Exception {
    int tasks = BenchSettings.number("tasks", 100_000);
    int samples = BenchSettings.number("samples", 40);
    int seconds = BenchSettings.seconds("measure", 60);
    int stockTimeout = BenchSettings.seconds("stock.timeout", 120);
    BenchReport.start("Tasklist at scale: 我组的任务 page of 50 by due date and count, " + tasks
        + " open complaint tasks, housekeeper with authorizations on; " + BenchSettings.loadAverage());
    for (String db : BenchSettings.databases()) {
      try (ConfigurableApplicationContext app = InProcessApp.start(db, "tasklist")) {
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        long t0 = System.nanoTime();
        createTasks(engine, jdbc, db, tasks);
        long open = engine.getTaskService().createTaskQuery().count();
        System.out.printf("BENCH %s: %d open tasks created in %.0f s%n", db, open, (System.nanoTime() - t0) / 1e9);
        assertThat(open).isGreaterThanOrEqualTo(tasks);
        analyze(jdbc, db);
        Filter filter = engine.getFilterService().createTaskFilterQuery().filterName("我组的任务").singleResult();
        String label = "tasklist, " + InProcessApp.label(db) + ", " + open + " tasks";
        String load = BenchSettings.loadAverage();
        double[] ours = measure(engine, filter.getId(), samples, seconds, stockTimeout, jdbc, db);
        for (String undo : OURS.get(db)) {
          jdbc.execute(undo);
        }
        analyze(jdbc, db);
        double[] stock = measure(engine, filter.getId(), samples, seconds, stockTimeout, jdbc, db);
        reapply(jdbc, db);
        double target = db.equals("postgres") ? 50 : 100;
        BenchReport.row(label + ": page of 50, p95 (" + load + ")", "ms", ours[0], stock[0], "≤ " + (int) target + " ms",
            ours[0] <= target);
        BenchReport.row(label + ": count, p95", "ms", ours[1], stock[1], "≤ " + (int) target + " ms", ours[1] <= target);
        BenchReport.figure(label + ": samples (ours page/count, stock page/count) " + (int) ours[2] + "/"
            + (int) ours[3] + ", " + (int) stock[2] + "/" + (int) stock[3], "–", 0, "–", true);
      }
    }
    BenchReport.figure("tasklist: peak heap (-Xmx512m)", "MB", BenchReport.peakHeapMb(), "no OOM", true);
  }

  /**
   * p95 of the page, p95 of the count, and how many samples of each, as the housekeeper. With a timeout,
   * a query still running after the timeout is cancelled and counted as taking it, and no more samples are taken.
   */
  private static double[] measure(ProcessEngine engine, String filterId, int samples, int seconds, int timeout,
      JdbcTemplate jdbc, String db) {
    var identity = engine.getIdentityService();
    identity.setAuthentication(USER, List.of("housekeeper"));
    try {
      var filters = engine.getFilterService();
      long[] page = time(() -> assertThat(filters.<Task>listPage(filterId, 0, 50)).hasSize(50), samples, seconds,
          timeout, jdbc, db);
      long[] count = time(() -> assertThat(filters.count(filterId)).isGreaterThanOrEqualTo(50), samples, seconds,
          timeout, jdbc, db);
      return new double[] {LoadRun.percentile(page, 0.95), LoadRun.percentile(count, 0.95), page.length, count.length};
    } finally {
      identity.clearAuthentication();
    }
  }

  /** The first run of a query is a warm-up (plans, caches, JIT) and is not counted, unless it timed out. */
  private static long[] time(Runnable query, int samples, int seconds, int timeout, JdbcTemplate jdbc, String db) {
    List<Long> times = new ArrayList<>();
    long end = Long.MAX_VALUE;
    for (int i = 0; i <= samples && (times.size() < 3 || System.nanoTime() < end); i++) {
      long t = System.nanoTime();
      var watchdog = timeout > 0 ? cancelAfter(timeout, jdbc, db) : null;
      try {
        query.run();
      } catch (RuntimeException cancelled) {
        if (watchdog == null || !watchdog.isDone()) {
          throw cancelled;
        }
        times.add(timeout * 1_000_000_000L);
        System.out.println("BENCH a stock query ran past " + timeout + " s and was cancelled");
        break;
      } finally {
        if (watchdog != null) {
          watchdog.cancel(false);
        }
      }
      if (i == 0) {
        end = System.nanoTime() + seconds * 1_000_000_000L;
      } else {
        times.add(System.nanoTime() - t);
      }
    }
    return times.stream().mapToLong(Long::longValue).sorted().toArray();
  }

  private static final java.util.concurrent.ScheduledExecutorService WATCHDOG =
      java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-watchdog");
        t.setDaemon(true);
        return t;
      });

  /** Cancels the engine's task queries on this database that are still running after the timeout. */
  private static java.util.concurrent.ScheduledFuture<?> cancelAfter(int seconds, JdbcTemplate jdbc, String db) {
    String sql = db.equals("postgres")
        ? "select pg_cancel_backend(pid) from pg_stat_activity where datname = current_database()"
            + " and pid <> pg_backend_pid() and state = 'active' and query ilike '%from ACT_RU_TASK RES%'"
        : "select cancel_session(session_id) from information_schema.sessions"
            + " where session_id <> session_id() and executing_statement ilike '%from ACT_RU_TASK RES%'";
    return WATCHDOG.schedule(() -> jdbc.queryForList(sql), seconds, java.util.concurrent.TimeUnit.SECONDS);
  }

  private static void createTasks(ProcessEngine engine, JdbcTemplate jdbc, String db, int wanted) {
    User user = engine.getIdentityService().newUser(USER);
    user.setFirstName("基准");
    user.setLastName("管家");
    user.setPassword("pw" + System.nanoTime());
    engine.getIdentityService().saveUser(user);
    engine.getIdentityService().createMembership(USER, "housekeeper");
    List<String> instances = new ArrayList<>();
    for (int i = 0; i < REAL; i++) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("channel", "hotline");
      v.put("complaintType", "complaint");
      v.put("ownerName", "王建国" + i);
      v.put("unit", i + "栋2单元1101");
      v.put("ownerPhone", "13800138000");
      v.put("description", "电梯异响");
      v.put(Complaint.Vars.FIRST_CONTACT.name(), "admin");
      String id = engine.getRuntimeService().startProcessInstanceByKey(Complaint.KEY, v).getId();
      instances.add(id);
      if (i % 2 == 1) {
        Task classify = engine.getTaskService().createTaskQuery().processInstanceId(id)
            .taskDefinitionKey("UserTask_ClassifyComplaint").singleResult();
        engine.getTaskService().complete(classify.getId(), Map.of("severity", "general"));
      }
    }
    List<String> taskIds = engine.getTaskService().createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new))
        .list().stream().map(Task::getId).toList();
    int copies = (int) Math.ceil((wanted - taskIds.size()) / (double) taskIds.size());
    String series = db.equals("postgres") ? "generate_series(1, " + copies + ") as n(x)" : "system_range(1, " + copies + ") n";
    String inst = in(instances);
    String task = in(taskIds);
    if (db.equals("h2")) {
      // H2 checks each row's foreign keys at once: a cloned child execution may come before its parent
      jdbc.execute("set referential_integrity false");
    }
    clone(jdbc, series, "act_ru_execution", "t.proc_inst_id_ in " + inst,
        List.of("id_", "proc_inst_id_", "parent_id_", "root_proc_inst_id_", "business_key_"), db);
    clone(jdbc, series, "act_ru_task", "t.id_ in " + task,
        List.of("id_", "execution_id_", "proc_inst_id_", "root_proc_inst_id_"), db);
    clone(jdbc, series, "act_ru_identitylink", "t.task_id_ in " + task,
        List.of("id_", "task_id_"), db);
    clone(jdbc, series, "act_ru_authorization", "t.resource_type_ = 7 and t.resource_id_ in " + task,
        List.of("id_", "resource_id_"), db);
    clone(jdbc, series, "act_ru_variable", "t.task_id_ in " + task,
        List.of("id_", "task_id_", "execution_id_", "proc_inst_id_", "var_scope_"), db);
    if (db.equals("h2")) {
      jdbc.execute("set referential_integrity true");
    }
  }

  private static String in(List<String> ids) {
    return ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(",", "(", ")"));
  }

  /** Copies the rows, n = 1..copies, suffixing the id columns with -n; tasks' due dates move n hours later. */
  private static void clone(JdbcTemplate jdbc, String series, String table, String where, List<String> ids, String db) {
    List<String> columns = jdbc.queryForList("select column_name from information_schema.columns where lower(table_name) = ?"
        + (db.equals("postgres") ? " and table_schema = current_schema()" : ""), String.class, table).stream()
        .map(String::toLowerCase).toList();
    String select = columns.stream().map(c -> {
      if (ids.contains(c)) {
        return "case when t." + c + " is null then null else t." + c + " || '-' || cast(n.x as varchar) end";
      }
      if (table.equals("act_ru_task") && c.equals("due_date_")) {
        return db.equals("postgres") ? "t.due_date_ + n.x * interval '1 hour'" : "dateadd('HOUR', n.x, t.due_date_)";
      }
      return "t." + c;
    }).collect(Collectors.joining(", "));
    String sql = "insert into " + table + " (" + String.join(", ", columns) + ") select " + select + " from " + table
        + " t, " + series + " where " + where;
    long t = System.nanoTime();
    int rows = jdbc.update(sql);
    System.out.printf("BENCH cloned %d rows of %s in %.1f s%n", rows, table, (System.nanoTime() - t) / 1e9);
  }

  private static void analyze(JdbcTemplate jdbc, String db) {
    jdbc.execute("analyze");
  }

  /** Runs this database's V7 again, as Flyway did at start-up. */
  private static void reapply(JdbcTemplate jdbc, String db) throws Exception {
    String vendor = db.equals("postgres") ? "postgresql" : "h2";
    String sql = new String(TasklistAtScaleBenchmark.class.getResourceAsStream("/db/vendor/" + vendor
        + "/V7__tasklist.sql").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    for (String statement : Arrays.stream(sql.replaceAll("(?m)^--.*$", "").split(";")).map(String::trim)
        .filter(s -> !s.isEmpty()).toList()) {
      jdbc.execute(statement);
    }
  }
}
