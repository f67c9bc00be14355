package com.huifang.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.complaint.Complaint.Vars;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A test's cluster: a fresh database, a random admin password, its nodes (ports from
 * {@code -Dcluster.port.base}), and the staff users the tests act as, created by the admin through
 * /engine-rest on the running cluster (demo mode stays off, as in production).
 */
final class Cluster implements AutoCloseable {

  /** Staff users of this run: customer service registers complaints; two housekeepers work the same tasks. */
  static final String KEFU = "clkefu";
  static final String GUANJIA_1 = "clguanjia1";
  static final String GUANJIA_2 = "clguanjia2";

  final ClusterDatabase database;
  final String password;
  private final List<Node> nodes = new ArrayList<>();

  /** A cluster on a fresh PostgreSQL database. */
  Cluster(String purpose) {
    this(new ClusterDatabase(purpose));
  }

  /** Nodes on the given database: {@link ClusterDatabase#h2File} for the embedded default (one node at a time). */
  Cluster(ClusterDatabase database) {
    this.database = database;
    byte[] random = new byte[18];
    new SecureRandom().nextBytes(random);
    this.password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  /** A node on the next free port; not started. */
  Node node(String name, String... arguments) {
    Node node = new Node(name, ClusterSettings.portBase() + nodes.size(), database, password, arguments);
    nodes.add(node);
    return node;
  }

  /** Starts the given nodes at the same moment and waits until each is UP. */
  static void startTogether(Node... nodes) {
    for (Node node : nodes) {
      node.start();
    }
    CompletableFuture.allOf(java.util.Arrays.stream(nodes).map(n -> CompletableFuture.runAsync(n::awaitUp))
        .toArray(CompletableFuture[]::new)).join();
  }

  Api as(String user, Node node) {
    return new Api(node, user, password);
  }

  /** Creates the staff users through the engine's REST API as admin (idempotent within a run). */
  void createUsers(Node node) throws IOException {
    Api admin = as("admin", node);
    Map<String, String> groups = new LinkedHashMap<>();
    groups.put(KEFU, "customer-service");
    groups.put(GUANJIA_1, "housekeeper");
    groups.put(GUANJIA_2, "housekeeper");
    for (var user : groups.entrySet()) {
      var created = admin.post("/engine-rest/user/create", Map.of(
          "profile", Map.of("id", user.getKey(), "firstName", "集群测试", "lastName", user.getKey(),
              "email", user.getKey() + "@huifang.example"),
          "credentials", Map.of("password", password)));
      assertThat(created.status()).as("create " + user.getKey() + ": " + created.body()).isEqualTo(204);
      var member = admin.put("/engine-rest/group/" + user.getValue() + "/members/" + user.getKey());
      assertThat(member.status()).as("membership of " + user.getKey() + ": " + member.body()).isEqualTo(204);
      // staff belong to their management office (issue 27): the test's cases are in the default office
      var office = admin.put("/engine-rest/tenant/main/user-members/" + user.getKey());
      assertThat(office.status()).as("office of " + user.getKey() + ": " + office.body()).isEqualTo(204);
    }
  }

  /** A valid complaint of the intake API (C1): a walk-in complaint of one owner. */
  static Map<String, Object> complaint(String description) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(Vars.CHANNEL.name(), "walkIn");
    body.put(Vars.COMPLAINT_TYPE.name(), "complaint");
    body.put(Vars.OWNER_NAME.name(), "王建国");
    body.put(Vars.UNIT.name(), "3栋2单元1101");
    body.put(Vars.OWNER_PHONE.name(), "13800138000");
    body.put(Vars.DESCRIPTION.name(), description);
    return body;
  }

  @Override
  public void close() {
    nodes.forEach(Node::stop);
    database.close();
  }
}
