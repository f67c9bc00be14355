package com.huifang.bench;

import com.huifang.HuifangApplication;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The whole application in the benchmark's JVM (-Xmx512m) on a fresh database: H2 file under target/bench, or a
 * PostgreSQL database {@code huifang_bench_<name>} dropped and created afresh. No demo data, job executor off,
 * customer service open around the clock.
 */
final class InProcessApp {

  private InProcessApp() {
  }

  static String label(String db) {
    return BenchSettings.label(db);
  }

  static ConfigurableApplicationContext start(String db, String name, String... extra) throws Exception {
    List<String> args = new ArrayList<>(List.of("--server.port=0", "--huifang.demo.enabled=false",
        "--huifang.admin.password=pw" + UUID.randomUUID(), "--huifang.office-hours.opens=00:00",
        "--huifang.office-hours.closes=00:00", "--camunda.bpm.job-execution.enabled=false",
        "--logging.level.org.camunda.bpm.engine.context=off"));
    if (db.equals("postgres")) {
      args.add("--spring.profiles.active=postgres");
      args.add("--spring.datasource.url=" + BenchSettings.freshPostgres("huifang_bench_" + name));
      args.add("--spring.datasource.username=" + BenchSettings.pgUser());
    } else {
      Path dir = Path.of("target", "bench", name + "-h2");
      FileSystemUtils.deleteRecursively(dir);
      // H2 caches the result of an identical query: off, or repeated counts measure the cache
      args.add("--spring.datasource.url=" + BenchSettings.h2Url(db, dir, ";QUERY_CACHE_SIZE=0"));
    }
    args.addAll(Arrays.asList(extra));
    return new SpringApplicationBuilder(HuifangApplication.class).run(args.toArray(String[]::new));
  }
}
