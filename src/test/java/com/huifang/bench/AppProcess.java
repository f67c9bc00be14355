package com.huifang.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packaged application ({@code target/huifang-*.jar}, built by {@code mvn package}) as a JVM of its own with
 * {@code -Xmx512m}, as it runs in production. Its GC log gives the peak heap: the largest heap in use before a
 * collection.
 */
final class AppProcess implements AutoCloseable {

  private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

  private final Process process;
  private final Path gcLog;
  private final Path log;
  final String baseUrl;

  private AppProcess(Process process, Path gcLog, Path log, int port) {
    this.process = process;
    this.gcLog = gcLog;
    this.log = log;
    this.baseUrl = "http://127.0.0.1:" + port;
  }

  static Path jar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(p -> p.getFileName().toString().matches("huifang-.*\\.jar")
          && !p.getFileName().toString().endsWith("-plain.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no target/huifang-*.jar: run mvn -DskipTests package first"));
    }
  }

  /** Starts the jar on the port with the environment and arguments given, and waits until it reports healthy. */
  static AppProcess start(String name, int port, Map<String, String> environment, List<String> arguments)
      throws IOException, InterruptedException {
    Path dir = Path.of("target", "bench");
    Files.createDirectories(dir);
    Path gcLog = dir.resolve(name + "-gc.log");
    Path log = dir.resolve(name + ".log");
    Files.deleteIfExists(gcLog);
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-Xlog:gc:file=" + gcLog, "-Duser.timezone=Asia/Shanghai", "-Dfile.encoding=UTF-8", "-jar",
        jar().toString(), "--server.port=" + port));
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    AppProcess app = new AppProcess(builder.start(), gcLog, log, port);
    app.awaitHealthy(Duration.ofMinutes(5));
    return app;
  }

  private void awaitHealthy(Duration limit) throws InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    long end = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < end) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the application stopped while starting: see " + log);
      }
      try {
        var response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("the application did not become healthy in " + limit + ": see " + log);
  }

  /** The peak heap in use according to the GC log, in MB. */
  long peakHeapMb() throws IOException {
    long peak = 0;
    if (Files.exists(gcLog)) {
      for (String line : Files.readAllLines(gcLog)) {
        Matcher m = GC_LINE.matcher(line);
        while (m.find()) {
          peak = Math.max(peak, Long.parseLong(m.group(1)));
        }
      }
    }
    return peak;
  }

  /** Whether the application logged an OutOfMemoryError. */
  boolean outOfMemory() throws IOException {
    return Files.exists(log) && Files.readString(log).contains("OutOfMemoryError");
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
