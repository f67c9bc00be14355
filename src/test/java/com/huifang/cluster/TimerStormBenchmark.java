package com.huifang.cluster;

import static com.huifang.cluster.Cluster.KEFU;
import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.bench.BenchReport;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Timer storm (issue 9): N escalation timers (C7, see {@link EscalationTimers}) due at once, drained by one
 * node and then by two nodes of the packaged jar on one fresh PostgreSQL database. N is {@code -Dcluster.timers}
 * (default 10,000). Node A alone registers the complaints; N timers fall due with only A up; then node B
 * starts and another N fall due. Each measured batch follows an unmeasured warm-up batch (N/10, at least 100)
 * drained by the same nodes, so that a freshly started node does not drain with a cold JVM. Reports the drain time of each (from the due moment to the last
 * firing, and from the first to the last firing in history), the speed-up (target ≥ 1.6×) and each node's
 * peak heap (-Xmx512m). Needs the packaged jar: mvn -B -ntp -o -q -DskipTests package, then
 * mvn -B -ntp -o -Pbench surefire:test@default-test -Dtest=TimerStormBenchmark -Dcluster.timers=2000
 */
@Tag("bench")
class TimerStormBenchmark {

  @Test
  @DisplayName("timer storm: N escalation timers due at once, drained by 1 node and by 2 nodes")
  void storm() throws Exception {
    int n = ClusterSettings.timers(10_000);
    BenchReport.start("Timer storm: " + n + " escalation timers due at once, 1 node against 2 nodes (PostgreSQL)");
    try (Cluster cluster = new Cluster("storm")) {
      Node a = cluster.node("node-a");
      Node b = cluster.node("node-b");
      a.start();
      a.awaitUp();
      cluster.createUsers(a);
      // a warm-up batch before each measured one, so that no node drains with a cold JVM
      int warm = Math.max(100, n / 10);
      long intake = System.nanoTime();
      List<String> instances = EscalationTimers.intake(List.of(cluster.as(KEFU, a)), 2 * n + 2 * warm, 8);
      System.out.printf(Locale.ROOT, "storm: %d complaints registered on node-a in %d s%n", instances.size(),
          Duration.ofNanos(System.nanoTime() - intake).toSeconds());
      List<String> warmA = instances.subList(0, warm);
      List<String> first = instances.subList(warm, warm + n);
      List<String> warmBoth = instances.subList(warm + n, 2 * warm + n);
      List<String> second = instances.subList(2 * warm + n, 2 * warm + 2 * n);
      EscalationTimers timers = new EscalationTimers(cluster.database);

      drain(timers, warmA);
      Drain one = drain(timers, first);
      b.start();
      b.awaitUp();
      drain(timers, warmBoth);
      Drain two = drain(timers, second);
      timers.assertEachFiredOnce(instances);

      System.out.printf(Locale.ROOT, "storm: 1 node %s; 2 nodes %s, by node %s%n", one, two, timers.firedByNode(second));
      double speedUp = one.seconds() / two.seconds();
      BenchReport.figure("timer storm " + n + ", 1 node: due → all fired", "s", one.seconds(), "–", true);
      BenchReport.figure("timer storm " + n + ", 2 nodes: due → all fired", "s", two.seconds(), "–", true);
      BenchReport.row("timer storm " + n + ": 2 nodes (Huifang column) against 1 node (reference column)", "timers/s",
          n / two.seconds(), n / one.seconds(), "≥ 1.6×", speedUp >= 1.6);
      BenchReport.row("timer storm " + n + ": same, first → last firing only (no acquisition wait)", "timers/s",
          n / two.spanSeconds(), n / one.spanSeconds(), "≥ 1.6×", one.spanSeconds() / two.spanSeconds() >= 1.6);
      BenchReport.figure("timer storm, peak heap node-a (-Xmx512m)", "MB", a.peakHeapMb(), "no OOM", a.alive());
      BenchReport.figure("timer storm, peak heap node-b (-Xmx512m)", "MB", b.peakHeapMb(), "no OOM", b.alive());
      assertThat(a.alive() && b.alive()).as("both nodes still running (no OutOfMemoryError)").isTrue();
    }
  }

  record Drain(double seconds, double spanSeconds) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.1f s from due to the last firing, %.1f s first to last firing", seconds, spanSeconds);
    }
  }

  private static Drain drain(EscalationTimers timers, List<String> batch) {
    assertThat(timers.pending(batch)).isEqualTo(batch.size());
    assertThat(timers.dueNow(batch)).isEqualTo(batch.size());
    long start = System.nanoTime();
    timers.awaitFired(batch, Duration.ofMinutes(60));
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Drain(seconds, timers.firingSpanMillis(batch) / 1000.0);
  }
}
