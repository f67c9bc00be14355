package com.huifang.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Intake over HTTP (issue 9): {@code POST /api/complaints} against the engine's bare
 * {@code POST /engine-rest/process-definition/key/bench-one-task/start} of a one-task process, 16 concurrent
 * clients, on the packaged application in a JVM of its own with -Xmx512m, on H2 (file) and on PostgreSQL. Both are
 * called as the same customer-service user with HTTP Basic, so authentication and authorization cost the same.
 * Customer service is open around the clock here, so every intake takes the daytime path: case number, owner
 * register look-up, severity DMN and the first user task. REST needs a long warm-up on 2 cores.
 *
 * <p>Settings: {@code bench.warmup} (seconds, default 120, split between the two), {@code bench.measure} (seconds
 * each, default 20), {@code bench.clients} (16), {@code bench.db} (h2,postgres).
 */
@Tag("bench")
class IntakeBenchmark {

  private static final int PORT = 8291;
  private static final String USER = "benchkefu";
  private static final String PASSWORD = "pw" + UUID.randomUUID().toString().replace("-", "");
  private static final String ADMIN_PASSWORD = "pw" + UUID.randomUUID().toString().replace("-", "");
  private static final String INTAKE = "{\"channel\":\"hotline\",\"complaintType\":\"complaint\",\"ownerName\":\"王建国\","
      + "\"unit\":\"3栋2单元1101\",\"ownerPhone\":\"13800138000\",\"description\":\"电梯异响,夜间有噪音\"}";
  private static final String BARE_START = "{\"variables\":{\"channel\":{\"value\":\"hotline\"},"
      + "\"complaintType\":{\"value\":\"complaint\"},\"ownerName\":{\"value\":\"王建国\"},\"unit\":{\"value\":\"3栋2单元1101\"},"
      + "\"ownerPhone\":{\"value\":\"13800138000\"},\"description\":{\"value\":\"电梯异响,夜间有噪音\"}}}";

  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void intake() throws Exception {
    int warmup = BenchSettings.seconds("warmup", 120);
    int measure = BenchSettings.seconds("measure", 20);
    int clients = BenchSettings.number("clients", 16);
    BenchReport.start("Intake: POST /api/complaints vs bare REST start, " + clients + " clients, " + measure
        + " s each after " + warmup + " s warm-up; " + BenchSettings.loadAverage());
    for (String db : BenchSettings.databases()) {
      Map<String, String> env = new java.util.HashMap<>(Map.of("HUIFANG_ADMIN_PASSWORD", ADMIN_PASSWORD,
          "HUIFANG_DEMO", "false", "HUIFANG_OFFICE_HOURS_OPENS", "00:00", "HUIFANG_OFFICE_HOURS_CLOSES", "00:00"));
      List<String> args = new ArrayList<>();
      if (db.equals("postgres")) {
        env.put("HUIFANG_DB_URL", BenchSettings.freshPostgres("huifang_bench_intake"));
        env.put("HUIFANG_DB_USER", BenchSettings.pgUser());
        args.add("--spring.profiles.active=postgres");
      } else {
        Path dir = Path.of("target", "bench", "intake-" + db);
        FileSystemUtils.deleteRecursively(dir);
        args.add("--spring.datasource.url=" + BenchSettings.h2Url(db, dir, ""));
      }
      try (AppProcess app = AppProcess.start("intake-" + db, PORT, env, args)) {
        prepare(app.baseUrl);
        Supplier<HttpRequest> bare = () -> post(app.baseUrl + "/engine-rest/process-definition/key/"
            + BareModels.ONE_TASK + "/start", USER, PASSWORD, BARE_START);
        Supplier<HttpRequest> huifang = () -> post(app.baseUrl + "/api/complaints", USER, PASSWORD, INTAKE);
        // warm up both in turns, so neither runs on a colder JIT than the other
        for (int i = 0; i < 4; i++) {
          LoadRun.run(client, i % 2 == 0 ? bare : huifang, i % 2 == 0 ? 200 : 201, clients, Math.max(1, warmup / 4));
        }
        String load = BenchSettings.loadAverage();
        LoadRun.Result b = LoadRun.run(client, bare, 200, clients, measure);
        LoadRun.Result h = LoadRun.run(client, huifang, 201, clients, measure);
        String label = "intake, " + BenchSettings.label(db) + ", " + clients + " clients";
        BenchReport.row(label + ": throughput", "requests/s", h.perSecond(), b.perSecond(), "≥ 0.8×",
            h.perSecond() >= 0.8 * b.perSecond());
        BenchReport.row(label + ": p50", "ms", h.p50Ms(), b.p50Ms(), "–", true);
        BenchReport.row(label + ": p99", "ms", h.p99Ms(), b.p99Ms(), "≤ 1.25×", h.p99Ms() <= 1.25 * b.p99Ms());
        BenchReport.row(label + ": errors", "requests", h.errors(), b.errors(), "0", h.errors() == 0);
        BenchReport.figure(label + ": requests measured (Huifang/bare " + h.requests() + "/" + b.requests() + "), "
            + load, "–", 0, "–", true);
        BenchReport.figure(label + ": peak heap of the application (-Xmx512m)", "MB", app.peakHeapMb(), "no OOM",
            !app.outOfMemory());
        if (h.firstError() != null || b.firstError() != null) {
          System.out.println("BENCH first errors: Huifang " + h.firstError() + " | bare " + b.firstError());
        }
        assertThat(app.outOfMemory()).isFalse();
      }
    }
    BenchReport.figure("peak heap of the benchmark JVM", "MB", BenchReport.peakHeapMb(), "no OOM", true);
  }

  /** A customer-service user, a grant to start the bare process, and the bare process deployed. */
  private void prepare(String base) throws Exception {
    expect(send(post(base + "/engine-rest/user/create", "admin", ADMIN_PASSWORD,
        "{\"profile\":{\"id\":\"" + USER + "\",\"firstName\":\"基准\",\"lastName\":\"客服\",\"email\":\"bench@example.com\"},"
            + "\"credentials\":{\"password\":\"" + PASSWORD + "\"}}")), 204);
    expect(send(HttpRequest.newBuilder(URI.create(base + "/engine-rest/group/customer-service/members/" + USER))
        .header("Authorization", basic("admin", ADMIN_PASSWORD)).PUT(HttpRequest.BodyPublishers.noBody()).build()), 204);
    expect(send(post(base + "/engine-rest/authorization/create", "admin", ADMIN_PASSWORD,
        "{\"type\":1,\"permissions\":[\"READ\",\"CREATE_INSTANCE\"],\"groupId\":\"customer-service\","
            + "\"resourceType\":6,\"resourceId\":\"" + BareModels.ONE_TASK + "\"}")), 200);
    String boundary = "----bench" + UUID.randomUUID();
    String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nbench\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + BareModels.ONE_TASK
        + ".bpmn\"\r\nContent-Type: application/octet-stream\r\n\r\n" + BareModels.xml(BareModels.oneTask()) + "\r\n--"
        + boundary + "--\r\n";
    expect(send(HttpRequest.newBuilder(URI.create(base + "/engine-rest/deployment/create"))
        .header("Authorization", basic("admin", ADMIN_PASSWORD))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(multipart, StandardCharsets.UTF_8)).build()), 200);
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static void expect(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(status);
  }

  private static HttpRequest post(String url, String user, String password, String json) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
        .header("Authorization", basic(user, password)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

}
