package com.huifang.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.complaint.Complaint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The escalation timer the cluster tests fire: C7's "受理30天未结案" (a complaint not closed within 30 days
 * becomes major; its firing runs the upgrade delegate and gives chief-housekeeper and general-manager a
 * task each). Every complaint has one from intake on. The tests make these timers due by moving their jobs'
 * due dates to now, as 30 days passing would, and count their firing in history: ACT_HI_JOB_LOG's
 * successful entries (with the node that ran each, HOSTNAME_) and the acknowledgement tasks created.
 */
final class EscalationTimers {

  static final String TIMER = Complaint.Elements.THIRTY_DAYS_OPEN;
  static final String ACKNOWLEDGE = Complaint.Elements.ACKNOWLEDGE_UPGRADE;
  /** Each firing tells these two groups (C7). */
  static final int TASKS_PER_FIRING = 2;
  private static final int SUCCESSFUL = 2;

  private final ClusterDatabase database;

  EscalationTimers(ClusterDatabase database) {
    this.database = database;
  }

  /** Registers n complaints through POST /api/complaints, round-robin over the clients, `threads` at a time; the process instance ids. */
  static List<String> intake(List<Api> clients, int n, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<String>> started = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Api api = clients.get(i % clients.size());
        int number = i;
        started.add(pool.submit(() -> {
          Api.Response response = api.post("/api/complaints", Cluster.complaint("集群测试投诉 " + number));
          assertThat(response.status()).as(response.body()).isEqualTo(201);
          return response.json().path("processInstanceId").asText();
        }));
      }
      List<String> ids = new ArrayList<>();
      for (Future<String> f : started) {
        ids.add(f.get());
      }
      return ids;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Jobs of this timer still waiting in these instances. */
  long pending(Collection<String> instances) {
    return database.count("select count(*) from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_"
        + " where d.act_id_ = ? and j.process_instance_id_ = any(?)", TIMER, instances);
  }

  /** Makes the timers of these instances due now (as if 30 days had passed); the number of jobs moved. */
  int dueNow(Collection<String> instances) {
    return database.update("update act_ru_job set duedate_ = ? where process_instance_id_ = any(?)"
        + " and job_def_id_ in (select id_ from act_ru_jobdef where act_id_ = ?)",
        new java.sql.Timestamp(System.currentTimeMillis() - 1000), instances, TIMER);
  }

  /** Successful firings in history. */
  long fired(Collection<String> instances) {
    return database.count("select count(*) from act_hi_job_log where act_id_ = ? and job_state_ = ? and process_instance_id_ = any(?)",
        TIMER, SUCCESSFUL, instances);
  }

  /** Successful firings per node (the engine's hostname, set to the node's name). */
  Map<String, Long> firedByNode(Collection<String> instances) {
    return database.counts("select hostname_, count(*) from act_hi_job_log where act_id_ = ? and job_state_ = ?"
        + " and process_instance_id_ = any(?) group by hostname_ order by hostname_", TIMER, SUCCESSFUL, instances);
  }

  /** Failed attempts (rolled back and retried), e.g. after losing a race for the same instance. */
  long failedAttempts(Collection<String> instances) {
    return database.count("select count(*) from act_hi_job_log where act_id_ = ? and job_state_ = 1 and process_instance_id_ = any(?)",
        TIMER, instances);
  }

  /**
   * Waits until every timer of these instances has fired, or the timeout passes; the time it took. Polls a
   * cheap count (this timer's jobs due within a day: only the batch made due, its retries included) so that
   * the watching adds little load; then checks history.
   */
  Duration awaitFired(Collection<String> instances, Duration timeout) {
    long start = System.nanoTime();
    long deadline = start + timeout.toNanos();
    while (database.count("select count(*) from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_"
        + " where d.act_id_ = ? and j.duedate_ < ?", TIMER, new java.sql.Timestamp(System.currentTimeMillis() + 86_400_000L)) > 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("after " + timeout + " only " + fired(instances) + " of " + instances.size()
            + " timers fired, " + pending(instances) + " jobs pending, by node " + firedByNode(instances));
      }
      Node.sleep(250);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(fired(instances)).as("timers fired when none was left due").isEqualTo(instances.size());
    return took;
  }

  /** From the first to the last successful firing of these instances, by history's timestamps, in ms. */
  long firingSpanMillis(Collection<String> instances) {
    return database.count("select (extract(epoch from max(timestamp_) - min(timestamp_)) * 1000)::bigint from act_hi_job_log"
        + " where act_id_ = ? and job_state_ = ? and process_instance_id_ = any(?)", TIMER, SUCCESSFUL, instances);
  }

  /** Exactly once per instance: one successful firing each, no job left, two acknowledgement tasks each (C7). */
  void assertEachFiredOnce(Collection<String> instances) {
    int n = instances.size();
    assertThat(pending(instances)).as("timer jobs left").isZero();
    assertThat(database.count("select count(*) from (select process_instance_id_ from act_hi_job_log where act_id_ = ?"
        + " and job_state_ = ? and process_instance_id_ = any(?) group by process_instance_id_ having count(*) = 1) once",
        TIMER, SUCCESSFUL, instances)).as("instances whose timer fired exactly once").isEqualTo(n);
    assertThat(fired(instances)).as("successful firings in ACT_HI_JOB_LOG").isEqualTo(n);
    assertThat(database.count("select count(*) from (select proc_inst_id_ from act_hi_taskinst where task_def_key_ = ?"
        + " and proc_inst_id_ = any(?) group by proc_inst_id_ having count(*) = ?) exact", ACKNOWLEDGE, instances,
        TASKS_PER_FIRING)).as("instances with exactly " + TASKS_PER_FIRING + " acknowledgement tasks").isEqualTo(n);
    assertThat(database.count("select count(*) from act_hi_taskinst where task_def_key_ = ? and proc_inst_id_ = any(?)",
        ACKNOWLEDGE, instances)).as("acknowledgement tasks").isEqualTo((long) TASKS_PER_FIRING * n);
  }
}
