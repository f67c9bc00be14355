package com.huifang.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What every benchmark prints: the machine it ran on, then one row per measurement with Huifang's figure, the
 * bare-engine reference measured in the same run, their ratio and the target. Shared machines are noisy, so
 * the ratio is the figure that counts. Rows are also appended to {@code target/bench/results.md}, a Markdown
 * table the README's figures are copied from.
 */
public final class BenchReport {

  private static final Path RESULTS = Path.of("target", "bench", "results.md");

  private BenchReport() {
  }

  /** One line about this machine and JVM: cores, CPU model, OS, Java version, maximum heap. */
  public static String machine() {
    Runtime rt = Runtime.getRuntime();
    return String.format(Locale.ROOT, "%d cores, %s, %s %s, Java %s, max heap %d MB", rt.availableProcessors(),
        cpuModel(), System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"),
        rt.maxMemory() / (1024 * 1024));
  }

  /** The peak of the heap pools of this JVM since it started, in MB. */
  public static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024 * 1024);
  }

  /**
   * Prints and records one measurement.
   *
   * @param benchmark e.g. "engine overhead, H2, 1 thread"
   * @param unit e.g. "instances/s" or "ms (p95)"
   * @param huifang Huifang's figure
   * @param bare the bare-engine reference of the same run
   * @param target e.g. "≥ 0.8×"; the ratio is huifang / bare
   * @param met whether the target is met
   */
  public static void row(String benchmark, String unit, double huifang, double bare, String target, boolean met) {
    double ratio = bare == 0 ? Double.NaN : huifang / bare;
    String line = String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.2f× | %s | %s |", benchmark, unit, huifang,
        bare, ratio, target, met ? "met" : "MISSED");
    System.out.println("BENCH " + line);
    append(line);
  }

  /** A figure with no bare reference (e.g. a peak heap or a speed-up). */
  public static void figure(String benchmark, String unit, double value, String target, boolean met) {
    String line = String.format(Locale.ROOT, "| %s | %s | %.1f | – | – | %s | %s |", benchmark, unit, value, target,
        met ? "met" : "MISSED");
    System.out.println("BENCH " + line);
    append(line);
  }

  /** Prints the header of a run: which benchmark, when and on what machine. */
  public static void start(String benchmark) {
    String header = String.format(Locale.ROOT, "%n### %s — %s%n%s%n%n| Benchmark | Unit | Huifang | Bare engine | Ratio | Target | |%n|---|---|---|---|---|---|---|",
        benchmark, OffsetDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), machine());
    System.out.println(header);
    append(header);
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
    } catch (IOException | RuntimeException e) {
      return "unknown CPU";
    }
  }

  private static synchronized void append(String text) {
    try {
      Files.createDirectories(RESULTS.getParent());
      Files.writeString(RESULTS, text + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      System.err.println("bench: could not write " + RESULTS + ": " + e.getMessage());
    }
  }
}
