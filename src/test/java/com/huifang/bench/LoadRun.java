package com.huifang.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * N clients sending one request after another for a fixed time (closed loop, bounded in time, loopback only).
 * A response other than the expected status counts as an error; its first body is kept for the record.
 */
final class LoadRun {

  record Result(long requests, long errors, double perSecond, double p50Ms, double p99Ms, String firstError) {}

  private LoadRun() {
  }

  static Result run(HttpClient client, Supplier<HttpRequest> request, int expectedStatus, int clients, int seconds)
      throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong errors = new AtomicLong();
    Map<String, String> firstError = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<long[]>> futures = new ArrayList<>();
    long started = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      futures.add(pool.submit(() -> {
        long[] latencies = new long[1024];
        int n = 0;
        while (System.nanoTime() < end) {
          long t0 = System.nanoTime();
          try {
            HttpResponse<String> response = client.send(request.get(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
              errors.incrementAndGet();
              firstError.putIfAbsent("e", response.statusCode() + " " + response.body());
            }
          } catch (java.io.IOException e) {
            errors.incrementAndGet();
            firstError.putIfAbsent("e", e.toString());
          }
          if (n == latencies.length) {
            latencies = Arrays.copyOf(latencies, n * 2);
          }
          latencies[n++] = System.nanoTime() - t0;
        }
        return Arrays.copyOf(latencies, n);
      }));
    }
    List<long[]> all = new ArrayList<>();
    for (Future<long[]> f : futures) {
      all.add(f.get());
    }
    double elapsed = (System.nanoTime() - started) / 1e9;
    pool.shutdown();
    long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(merged.length, errors.get(), merged.length / elapsed, percentile(merged, 0.50),
        percentile(merged, 0.99), firstError.get("e"));
  }

  static double percentile(long[] sortedNanos, double p) {
    if (sortedNanos.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(p * sortedNanos.length) - 1;
    return sortedNanos[Math.max(0, Math.min(i, sortedNanos.length - 1))] / 1e6;
  }
}
