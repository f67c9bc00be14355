package com.huifang.cluster;

import static com.huifang.cluster.Cluster.KEFU;
import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.complaint.Complaint;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Crash safety of the embedded default: one node on its H2 file database (the default profile, as a small office
 * runs it), a client streaming complaints with an Idempotency-Key each, {@code kill -9} of the node mid-stream
 * (a power-less crash of the process: an out-of-memory kill, a host restart), and a restart on the same file.
 * A request that failed is retried with its key until the node is back. While the node is down the test reads
 * the file as the kill left it: every case answered 201 before the kill must be there. The C7 timers of those
 * cases are made due then, so they fall due during the downtime, and must fire once after the restart.
 */
@Tag("cluster")
class EmbeddedCrashTest {

  private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  @Test
  @DisplayName("C1, C14, C7 on the embedded H2 default: kill -9 mid-stream loses no 201 case, reuses no case number, and its due timers fire once after restart")
  void killMidStreamOnTheH2File() throws Exception {
    int requests = Integer.getInteger("cluster.crash.requests", 200);
    try (Cluster cluster = new Cluster(ClusterDatabase.h2File("crashh2"))) {
      ClusterDatabase db = cluster.database;
      Node node = cluster.node("node-a");
      node.start();
      node.awaitUp();
      cluster.createUsers(node);
      Api api = cluster.as(KEFU, node);

      // key -> "caseNumber processInstanceId" of every 201 answer, in the order they came
      Map<String, List<String>> answers = new ConcurrentHashMap<>();
      AtomicInteger created = new AtomicInteger();
      AtomicInteger failedAttempts = new AtomicInteger();
      ExecutorService clients = Executors.newFixedThreadPool(4);
      List<Future<?>> stream = new ArrayList<>();
      String run = db.name();
      for (int i = 0; i < requests; i++) {
        String key = run + "-" + i;
        Map<String, Object> body = Cluster.complaint("崩溃测试投诉 " + i);
        stream.add(clients.submit(() -> sendUntilAnswered(api, key, body, answers, created, failedAttempts)));
      }
      while (created.get() < requests / 3) {
        Node.sleep(20);
      }
      node.kill9();
      Map<String, String> answeredBeforeKill = new LinkedHashMap<>();
      answers.forEach((key, list) -> answeredBeforeKill.put(key, list.get(0)));
      System.out.printf("crash-h2: node killed with SIGKILL after %d of %d requests got 201%n",
          answeredBeforeKill.size(), requests);

      // the file as the kill left it: every case that was answered is on disk, with the instance it was answered with
      Map<String, String> instanceOfCase = new LinkedHashMap<>();
      for (List<Object> row : db.rows("select business_key_, id_ from act_hi_procinst where proc_def_key_ = ?", Complaint.KEY)) {
        instanceOfCase.put((String) row.get(0), (String) row.get(1));
      }
      Set<String> lost = new TreeSet<>();
      answeredBeforeKill.forEach((key, answer) -> {
        String[] parts = answer.split(" ");
        if (!parts[1].equals(instanceOfCase.get(parts[0]))) {
          lost.add(parts[0]);
        }
      });
      assertThat(lost).as("cases answered 201 before the kill but not in the database after it").isEmpty();
      // what the case-number counter had handed out when the process died, per day
      Map<String, Long> counterAtCrash = db.counts("select day_key, last_value from hf_case_number_counter where prefix = ?",
          Complaint.NUMBER_PREFIX);
      List<String> dueDuringDowntime = new ArrayList<>(instanceOfCase.values());
      EscalationTimers timers = new EscalationTimers(db);
      assertThat(timers.dueNow(dueDuringDowntime)).isEqualTo(dueDuringDowntime.size());

      long restart = System.nanoTime();
      node.start();
      node.awaitUp();
      System.out.printf("crash-h2: node restarted, UP after %d s%n", Duration.ofNanos(System.nanoTime() - restart).toSeconds());
      for (Future<?> f : stream) {
        f.get(15, TimeUnit.MINUTES);
      }
      clients.shutdown();
      System.out.printf("crash-h2: %d failed attempts were retried with their key%n", failedAttempts.get());
      assertThat(failedAttempts.get()).as("requests cut off by the kill").isPositive();

      // the timers that fell due while the node was down fire after the restart (watched through the REST API:
      // the H2 file is the node's while it runs), then the node stops and the test reads the file again
      awaitFired(cluster.as("admin", node), dueDuringDowntime.size(), Duration.ofMinutes(10));
      Node.sleep(3000);
      node.stop();

      // every request that got 201 got the same case each time (a retry replays the first answer) ...
      Map<String, String> caseOfKey = new LinkedHashMap<>();
      for (int i = 0; i < requests; i++) {
        String key = run + "-" + i;
        List<String> got = answers.get(key);
        assertThat(got).as(key).isNotEmpty();
        assertThat(got.stream().distinct()).as("answers to " + key).hasSize(1);
        caseOfKey.put(key, got.get(0).split(" ")[0]);
      }
      Set<String> caseNumbers = Set.copyOf(caseOfKey.values());
      assertThat(caseNumbers).as("one case per key; no case number given to two requests").hasSize(requests);
      // ... which exists exactly once, and no other complaint was started
      assertThat(db.count("select count(*) from (select business_key_ from act_hi_procinst where proc_def_key_ = ?"
          + " and business_key_ = any(?) group by business_key_ having count(*) = 1) once", Complaint.KEY, caseNumbers))
          .as("cases of the 201 answers that exist exactly once").isEqualTo(requests);
      assertThat(db.count("select count(*) from act_hi_procinst where proc_def_key_ = ?", Complaint.KEY))
          .as("complaint cases in the database").isEqualTo(requests);
      // a case started after the restart has a number the counter had not handed out before the kill, kept or not
      List<String> reused = caseNumbers.stream().filter(n -> !instanceOfCase.containsKey(n)).filter(n -> {
        String[] parts = n.split("-");
        return Long.parseLong(parts[2]) <= counterAtCrash.getOrDefault(parts[1], 0L);
      }).toList();
      assertThat(reused).as("numbers given after the restart that the counter had handed out before the kill").isEmpty();
      timers.assertEachFiredOnce(dueDuringDowntime);
      System.out.printf("crash-h2: all %d keys have one case each; %d timers that fell due during the downtime fired once%n",
          requests, dueDuringDowntime.size());
    }
  }

  /** Sends one complaint with its key, retrying the same key (connection refused or cut, 5xx, 409 in flight) until answered. */
  private static void sendUntilAnswered(Api api, String key, Map<String, Object> body, Map<String, List<String>> answers,
      AtomicInteger created, AtomicInteger failedAttempts) {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
    while (System.nanoTime() < deadline) {
      try {
        Api.Response response = api.post("/api/complaints", body, Map.of(IDEMPOTENCY_KEY, key));
        if (response.status() == 201) {
          List<String> got = answers.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>());
          got.add(response.json().path("caseNumber").asText() + " " + response.json().path("processInstanceId").asText());
          created.incrementAndGet();
          // a repeat of a key that got 201 replays the same answer (unless the node is down by now)
          try {
            Api.Response again = api.post("/api/complaints", body, Map.of(IDEMPOTENCY_KEY, key));
            assertThat(again.status()).as(again.body()).isEqualTo(201);
            got.add(again.json().path("caseNumber").asText() + " " + again.json().path("processInstanceId").asText());
          } catch (IOException killedMeanwhile) {
            // the first answer stands; the test compares it with the database
          }
          return;
        }
        assertThat(response.status()).as(key + ": " + response.body()).isIn(409, 500, 502, 503);
      } catch (IOException nodeDown) {
        // killed under this request, or still down
      }
      failedAttempts.incrementAndGet();
      Node.sleep(500);
    }
    throw new AssertionError(key + " not answered within 15 minutes");
  }

  private static void awaitFired(Api admin, int expected, Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String path = "/engine-rest/history/job-log/count?successLog=true&activityIdIn=" + EscalationTimers.TIMER;
    long fired = 0;
    while (System.nanoTime() < deadline) {
      Api.Response count = admin.get(path);
      assertThat(count.status()).as(count.body()).isEqualTo(200);
      fired = count.json().path("count").asLong();
      if (fired >= expected) {
        return;
      }
      Node.sleep(1000);
    }
    throw new AssertionError("after " + timeout + " only " + fired + " of " + expected + " timers fired");
  }
}
