package com.huifang.cluster;

import static com.huifang.cluster.Cluster.GUANJIA_1;
import static com.huifang.cluster.Cluster.GUANJIA_2;
import static com.huifang.cluster.Cluster.KEFU;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.huifang.complaint.Complaint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two engine nodes of the packaged application, each its own JVM, on one fresh PostgreSQL database, driven
 * through /api and /engine-rest only. Needs the packaged jar and a PostgreSQL server (-Dcluster.jdbc); see
 * {@link ClusterSettings} and the README's "Cluster of engine nodes".
 */
@Tag("cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTest {

  private Cluster cluster;
  private Node a;
  private Node b;

  @BeforeAll
  void startTwoNodesTogether() throws Exception {
    cluster = new Cluster("two");
    a = cluster.node("node-a");
    b = cluster.node("node-b");
    long started = System.nanoTime();
    Cluster.startTogether(a, b);
    System.out.printf("cluster: two nodes started together, both UP after %d s%n",
        Duration.ofNanos(System.nanoTime() - started).toSeconds());
    cluster.createUsers(a);
  }

  @AfterAll
  void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @Order(1)
  @DisplayName("two nodes started together on an empty database: one waits for the other's start, one schema, one deployment")
  void startedTogether() {
    List<String> waited = new ArrayList<>();
    for (Node node : List.of(a, b)) {
      if (!node.logLines("Another node is starting on this database").isEmpty()) {
        waited.add(node.name());
      }
    }
    assertThat(waited).as("nodes that waited for the start-up lock").hasSize(1);
    var db = cluster.database;
    assertThat(db.count("select count(*) from act_ge_schema_log")).as("Camunda schema created once").isEqualTo(1);
    assertThat(db.count("select count(*) from hf_schema_history where not success")).isZero();
    assertThat(db.count("select count(*) from (select version from hf_schema_history where version is not null"
        + " group by version having count(*) > 1) twice")).as("Flyway versions applied twice").isZero();
    assertThat(db.count("select count(*) from hf_schema_history where script like 'V1\\_\\_%'")).isEqualTo(1);
    assertThat(db.count("select count(*) from act_re_procdef where key_ = ?", Complaint.KEY))
        .as("complaint-handling deployed once").isEqualTo(1);
    assertThat(db.count("select count(*) from act_id_group where id_ = 'housekeeper'")).isEqualTo(1);
  }

  @Test
  @Order(2)
  @DisplayName("C1, C4, C5: a complaint received on one node is classified and answered on the other, and vice versa")
  void workedOnEitherNode() throws Exception {
    for (Node[] pair : new Node[][] {{a, b}, {b, a}}) {
      Node from = pair[0];
      Node to = pair[1];
      Api.Response received = cluster.as(KEFU, from).post("/api/complaints", Cluster.complaint("楼道灯不亮,从" + from.name() + "登记"));
      assertThat(received.status()).as(received.body()).isEqualTo(201);
      String caseNumber = received.json().path("caseNumber").asText();
      String instance = received.json().path("processInstanceId").asText();
      assertThat(caseNumber).startsWith(Complaint.NUMBER_PREFIX + "-");

      completeTask(cluster.as(GUANJIA_1, to), instance, Complaint.Elements.CLASSIFY, Map.of());
      completeTask(cluster.as(GUANJIA_1, from), instance, Complaint.Elements.ANSWER_OWNER,
          Map.of("answerContent", Map.of("value", "已安排工程部今天下午维修", "type", "String")));

      Api.Response status = cluster.as(KEFU, to).get("/api/complaints/" + caseNumber);
      assertThat(status.status()).as(status.body()).isEqualTo(200);
      JsonNode body = status.json();
      assertThat(body.path("status").asText()).isEqualTo("open");
      assertThat(body.path("severity").asText()).isEqualTo("general");
      List<String> open = new ArrayList<>();
      body.path("tasks").forEach(t -> open.add(t.path("name").asText()));
      assertThat(open).contains("派工到责任部门").doesNotContain("确认投诉等级", "答复业主");
    }
  }

  @Test
  @Order(3)
  @DisplayName("C7: escalation timers falling due together fire exactly once across the two nodes, counted in history")
  void escalationTimersFireOnce() throws Exception {
    int n = ClusterSettings.timers(1000);
    EscalationTimers timers = new EscalationTimers(cluster.database);
    long started = System.nanoTime();
    List<String> instances = EscalationTimers.intake(List.of(cluster.as(KEFU, a), cluster.as(KEFU, b)), n, 8);
    System.out.printf("cluster: %d complaints registered over both nodes in %d s%n", n,
        Duration.ofNanos(System.nanoTime() - started).toSeconds());
    assertThat(timers.pending(instances)).isEqualTo(n);
    assertThat(timers.fired(instances)).isZero();

    assertThat(timers.dueNow(instances)).isEqualTo(n);
    Duration drained = timers.awaitFired(instances, Duration.ofMinutes(20));
    Node.sleep(3000); // anything fired twice would show now
    Map<String, Long> byNode = timers.firedByNode(instances);
    System.out.printf("cluster: %d escalation timers due at once fired in %d s (%d ms first to last firing); by node %s;"
        + " failed attempts %d%n", n, drained.toSeconds(), timers.firingSpanMillis(instances), byNode,
        timers.failedAttempts(instances));
    timers.assertEachFiredOnce(instances);
    assertThat(byNode.keySet()).as("nodes that ran timers").containsExactlyInAnyOrder(a.name(), b.name());
  }

  @Test
  @Order(4)
  @DisplayName("two users complete the same task at the same moment on different nodes: one 2xx, the other 409 with a message, never 500")
  void concurrentCompletion() throws Exception {
    int rounds = 20;
    List<String> outcomes = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      Api.Response received = cluster.as(KEFU, a).post("/api/complaints", Cluster.complaint("同时处理测试 " + round));
      assertThat(received.status()).as(received.body()).isEqualTo(201);
      String instance = received.json().path("processInstanceId").asText();
      String task = taskId(cluster.as(GUANJIA_1, a), instance, Complaint.Elements.CLASSIFY);

      List<Api> users = List.of(cluster.as(GUANJIA_1, a), cluster.as(GUANJIA_2, b));
      CyclicBarrier together = new CyclicBarrier(users.size());
      List<CompletableFuture<Api.Response>> completions = users.stream().map(user -> CompletableFuture.supplyAsync(() -> {
        try {
          together.await();
          return user.post("/engine-rest/task/" + task + "/complete", Map.of("variables", Map.of()));
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      })).toList();
      List<Api.Response> responses = completions.stream().map(CompletableFuture::join).toList();
      outcomes.add(responses.get(0).status() + "/" + responses.get(1).status());

      assertThat(responses).as("round " + round + ": " + responses).noneMatch(r -> r.status() >= 500);
      assertThat(responses.stream().filter(Api.Response::ok)).as("round " + round + ": " + responses).hasSize(1);
      Api.Response loser = responses.stream().filter(r -> !r.ok()).findFirst().orElseThrow();
      assertThat(loser.status()).as("round " + round + ": " + loser.body()).isEqualTo(409);
      assertThat(loser.json().path("message").asText()).as("the conflict's message").isNotBlank();
      assertThat(cluster.database.count("select count(*) from act_hi_taskinst where id_ = ? and end_time_ is not null", task))
          .isEqualTo(1);
      assertThat(cluster.database.count("select count(*) from act_hi_actinst where proc_inst_id_ = ? and act_id_ = ?",
          instance, Complaint.Elements.ANSWER_OWNER)).as("the next task created once").isEqualTo(1);
    }
    System.out.println("cluster: concurrent completions, node-a/node-b status per round: " + outcomes);
  }

  private static String taskId(Api api, String instance, String taskKey) throws Exception {
    for (int attempt = 0; attempt < 60; attempt++) {
      Api.Response found = api.get("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + taskKey);
      assertThat(found.status()).as(found.body()).isEqualTo(200);
      if (found.json().size() == 1) {
        return found.json().get(0).path("id").asText();
      }
      Node.sleep(500);
    }
    throw new AssertionError("no task " + taskKey + " in " + instance + " for " + api.user());
  }

  private static void completeTask(Api api, String instance, String taskKey, Map<String, Object> variables) throws Exception {
    String task = taskId(api, instance, taskKey);
    Api.Response completed = api.post("/engine-rest/task/" + task + "/complete", Map.of("variables", variables));
    assertThat(completed.status()).as(api.node().name() + " completes " + taskKey + ": " + completed.body()).isEqualTo(204);
  }
}
