package com.huifang.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One engine node: the packaged jar ({@code target/huifang-*.jar}) in its own JVM with {@code -Xmx512m}, on
 * its own port, on the test's database: PostgreSQL with the {@code postgres} profile, or the default profile's
 * H2 file in the database's working directory. Its log goes to
 * {@code target/cluster/<database>-<node>.log} (restarts append), its GC log beside it (for the peak heap).
 * The engine's hostname is the node's name, so history (ACT_HI_JOB_LOG.HOSTNAME_) tells which node ran a job.
 */
final class Node implements AutoCloseable {

  static final Path LOGS = Path.of("target", "cluster");
  /** Every complaint goes to customer service at any hour, so the tests do not depend on the clock (C2). */
  private static final String AROUND_THE_CLOCK = "00:00";

  private final String name;
  private final int port;
  private final ClusterDatabase database;
  private final String adminPassword;
  private final List<String> arguments;
  private final Path log;
  private final Path gcLog;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private Process process;
  private int starts;

  /** @param arguments extra Spring arguments of this node, e.g. {@code --camunda.bpm.job-execution.enabled=false} */
  Node(String name, int port, ClusterDatabase database, String adminPassword, String... arguments) {
    this.name = name;
    this.port = port;
    this.database = database;
    this.adminPassword = adminPassword;
    this.arguments = List.of(arguments);
    this.log = LOGS.resolve(database.name() + "-" + name + ".log");
    this.gcLog = LOGS.resolve(database.name() + "-" + name + "-gc.log");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (process != null) {
        process.destroyForcibly();
      }
    }));
  }

  String name() {
    return name;
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  Path log() {
    return log;
  }

  /** The packaged jar, or the one named by {@code -Dcluster.jar}. */
  static Path jar() {
    if (System.getProperty("cluster.jar") != null) {
      return Path.of(System.getProperty("cluster.jar"));
    }
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(p -> p.getFileName().toString().matches("huifang-.*\\.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException(
              "No target/huifang-*.jar: run mvn -B -ntp -o -q -DskipTests package first"));
    } catch (IOException e) {
      throw new IllegalStateException("No target/ folder: run mvn -B -ntp -o -q -DskipTests package first", e);
    }
  }

  /** Launches the JVM; {@link #awaitUp} waits for it. */
  synchronized void start() {
    assertThat(process == null || !process.isAlive()).as(name + " is already running").isTrue();
    try {
      Files.createDirectories(LOGS);
      starts++;
      Files.writeString(log, "==== start " + starts + " of node " + name + " on port " + port + "\n",
          StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx512m", "-XX:+ExitOnOutOfMemoryError",
          "-Xlog:gc:file=" + gcLog.toAbsolutePath() + (starts > 1 ? "." + starts : "") + ":uptime",
          "-Duser.timezone=Asia/Shanghai", "-Dfile.encoding=UTF-8",
          "-jar", jar().toAbsolutePath().toString(),
          "--camunda.bpm.generic-properties.properties.hostname=" + name));
      command.addAll(arguments);
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      if (database.directory() != null) {
        builder.directory(database.directory().toFile());
      }
      var env = builder.environment();
      env.putAll(database.nodeEnvironment());
      env.put("HUIFANG_ADMIN_PASSWORD", adminPassword);
      env.put("HUIFANG_DEMO", "false");
      env.put("HUIFANG_OFFICE_HOURS_OPENS", AROUND_THE_CLOCK);
      env.put("HUIFANG_OFFICE_HOURS_CLOSES", AROUND_THE_CLOCK);
      env.put("PORT", String.valueOf(port));
      process = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("Could not start node " + name, e);
    }
  }

  /** Waits until /actuator/health says UP (at most -Dcluster.start.minutes); fails with the log's tail if the JVM died. */
  void awaitUp() {
    long deadline = System.nanoTime() + ClusterSettings.startTimeout().toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("Node " + name + " died on start (exit " + process.exitValue() + "):\n" + tail());
      }
      try {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health"))
            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(1000);
    }
    throw new AssertionError("Node " + name + " not UP within " + ClusterSettings.startTimeout() + ":\n" + tail());
  }

  /** A real SIGKILL of the node's JVM ({@code kill -9 <pid>}): no shutdown hook, no graceful close. */
  void kill9() {
    long pid = process.pid();
    try {
      Process kill = new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start();
      assertThat(kill.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(kill.exitValue()).as("kill -9 " + pid).isZero();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(name + " gone after kill -9").isTrue();
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
    // a JVM ended by signal 9 exits with 128 + 9
    assertThat(process.exitValue()).as("exit status of " + name + " after kill -9").isEqualTo(137);
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
  }

  /** A graceful stop (SIGTERM), forced after a minute. */
  void stop() {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  boolean alive() {
    return process != null && process.isAlive();
  }

  /** The peak heap in use, in MB: the largest heap before a collection in the GC logs of every start. */
  long peakHeapMb() {
    Pattern usage = Pattern.compile("(\\d+)M->(\\d+)M\\(\\d+M\\)");
    long peak = 0;
    try (Stream<Path> files = Files.list(LOGS)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith(gcLog.getFileName().toString())).toList()) {
        for (String line : Files.readAllLines(file)) {
          Matcher m = usage.matcher(line);
          while (m.find()) {
            peak = Math.max(peak, Math.max(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))));
          }
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return peak;
  }

  /** The lines of the node's log that contain {@code text}. */
  List<String> logLines(String text) {
    try {
      return Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.contains(text)).toList();
    } catch (IOException e) {
      return Collections.emptyList();
    }
  }

  private String tail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    stop();
  }
}
