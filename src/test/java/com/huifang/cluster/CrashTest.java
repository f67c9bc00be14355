package com.huifang.cluster;

import static com.huifang.cluster.Cluster.KEFU;
import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.complaint.Complaint;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Crash safety: a client streams complaints with an Idempotency-Key each to node A and retries a failed
 * request with the same key against node B; A is killed with SIGKILL mid-stream and restarted. Node B runs
 * no jobs (job executor off, an API-only node), so while A is down no node that could run the escalation
 * timers is up: the timers that fall due then must fire once A is back, and only once.
 */
@Tag("cluster")
class CrashTest {

  private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  /** One request's history: every 201 answer it got, and how many attempts failed on the way. */
  record Outcome(String key, List<String> answers, int failedAttempts) {}

  @Test
  @DisplayName("C1, C14, C7: kill -9 of a node mid-stream loses no 201 case, duplicates none, and its due timers fire once after restart")
  void killMidStream() throws Exception {
    int requests = Integer.getInteger("cluster.crash.requests", 200);
    try (Cluster cluster = new Cluster("crash")) {
      Node a = cluster.node("node-a");
      Node b = cluster.node("node-b", "--camunda.bpm.job-execution.enabled=false");
      Cluster.startTogether(a, b);
      cluster.createUsers(b);
      Api toA = cluster.as(KEFU, a);
      Api toB = cluster.as(KEFU, b);

      AtomicBoolean aDown = new AtomicBoolean();
      AtomicInteger created = new AtomicInteger();
      int killAfter = requests / 3;
      ExecutorService clients = Executors.newFixedThreadPool(4);
      List<Future<Outcome>> stream = new ArrayList<>();
      String run = cluster.database.name();
      for (int i = 0; i < requests; i++) {
        String key = run + "-" + i;
        Map<String, Object> body = Cluster.complaint("崩溃测试投诉 " + i);
        stream.add(clients.submit(() -> send(key, body, aDown.get() ? toB : toA, toB, created)));
      }
      while (created.get() < killAfter) {
        Node.sleep(20);
      }
      a.kill9();
      aDown.set(true);
      java.sql.Timestamp killedAt = new java.sql.Timestamp(System.currentTimeMillis());
      System.out.printf("crash: node-a killed with SIGKILL after %d of %d requests got 201%n", created.get(), requests);

      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> f : stream) {
        outcomes.add(f.get(10, TimeUnit.MINUTES));
      }
      clients.shutdown();
      long failed = outcomes.stream().filter(o -> o.failedAttempts() > 0).count();
      System.out.printf("crash: %d requests, %d of them failed at least once and were retried with their key%n",
          requests, failed);
      assertThat(failed).as("requests cut off by the kill").isPositive();

      // every request that got 201 got the same case each time (a retry replays the first answer)
      Map<String, String> caseOfKey = new ConcurrentHashMap<>();
      for (Outcome o : outcomes) {
        assertThat(o.answers()).as(o.key()).isNotEmpty();
        assertThat(o.answers().stream().distinct()).as("answers to " + o.key()).hasSize(1);
        caseOfKey.put(o.key(), o.answers().get(0).split(" ")[0]);
      }
      Set<String> caseNumbers = Set.copyOf(caseOfKey.values());
      assertThat(caseNumbers).as("one case per key, case numbers unique").hasSize(requests);
      var db = cluster.database;
      // ... and that case exists exactly once; no other complaint was started
      assertThat(db.count("select count(*) from (select business_key_ from act_hi_procinst where proc_def_key_ = ?"
          + " and business_key_ = any(?) group by business_key_ having count(*) = 1) once", Complaint.KEY, caseNumbers))
          .as("cases of the 201 answers that exist exactly once").isEqualTo(requests);
      assertThat(db.count("select count(*) from act_hi_procinst where proc_def_key_ = ?", Complaint.KEY))
          .as("complaint cases in the database").isEqualTo(requests);
      assertThat(db.count("select count(*) from hf_idempotency_key where idem_key like ? and response_status = 201", run + "-%"))
          .isEqualTo(requests);
      List<String> cutOff = outcomes.stream().filter(o -> o.failedAttempts() > 0)
          .map(o -> o.answers().get(0).split(" ")[0]).toList();
      System.out.printf("crash: of the %d requests that failed at first, %d had committed on node-a before the kill (the retry"
          + " replayed the answer), the others were started on node-b%n", cutOff.size(), db.count(
          "select count(*) from act_hi_procinst where business_key_ = any(?) and start_time_ < ?", cutOff, killedAt));
      List<String> instances = outcomes.stream().map(o -> o.answers().get(0).split(" ")[1]).collect(Collectors.toList());

      // the escalation timers fall due while node-a, the only node that runs jobs, is down
      EscalationTimers timers = new EscalationTimers(db);
      assertThat(timers.dueNow(instances)).isEqualTo(requests);
      Node.sleep(10_000);
      assertThat(timers.fired(instances)).as("fired while no job-running node is up").isZero();
      assertThat(timers.pending(instances)).isEqualTo(requests);

      long restart = System.nanoTime();
      a.start();
      a.awaitUp();
      System.out.printf("crash: node-a restarted, UP after %d s%n", Duration.ofNanos(System.nanoTime() - restart).toSeconds());
      Duration drained = timers.awaitFired(instances, Duration.ofMinutes(10));
      Node.sleep(3000);
      System.out.printf("crash: %d timers that fell due during the downtime fired within %d s of node-a being UP; by node %s%n",
          requests, drained.toSeconds(), timers.firedByNode(instances));
      timers.assertEachFiredOnce(instances);
      assertThat(timers.firedByNode(instances).keySet()).containsExactly(a.name());
    }
  }

  /**
   * Sends one complaint with its key to `first`; a failed attempt (connection refused or cut, a 5xx, or 409
   * while the same key is still in flight) is retried with the same key against `fallback`.
   */
  private static Outcome send(String key, Map<String, Object> body, Api first, Api fallback, AtomicInteger created) {
    List<String> answers = new ArrayList<>();
    int failed = 0;
    Api api = first;
    for (int attempt = 0; attempt < 30 && answers.isEmpty(); attempt++) {
      try {
        Api.Response response = api.post("/api/complaints", body, Map.of(IDEMPOTENCY_KEY, key));
        if (response.status() == 201) {
          answers.add(response.json().path("caseNumber").asText() + " " + response.json().path("processInstanceId").asText());
          created.incrementAndGet();
          // a repeat of a key that got 201 replays the same answer
          Api.Response again = fallback.post("/api/complaints", body, Map.of(IDEMPOTENCY_KEY, key));
          assertThat(again.status()).as(again.body()).isEqualTo(201);
          answers.add(again.json().path("caseNumber").asText() + " " + again.json().path("processInstanceId").asText());
          break;
        }
        assertThat(response.status()).as(key + ": " + response.body()).isIn(409, 500, 502, 503);
      } catch (IOException nodeDown) {
        // the node was killed under this request, or is down
      }
      failed++;
      api = fallback;
      Node.sleep(200);
    }
    return new Outcome(key, answers, failed);
  }
}
