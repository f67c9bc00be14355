package com.huifang.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.SpringTestBase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CaseNumberServiceSpringTest extends SpringTestBase {

  @Autowired CaseNumberService numbers;

  @Test
  @DisplayName("C14 case numbers read PREFIX-yyyyMMdd-NNNN in the office's time zone and count up per day")
  void formatAndSequence() {
    // 23:30 UTC on the 22nd is already the 23rd in Shanghai
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-22T23:30:00Z")));
    String prefix = "Q" + Long.toString(System.nanoTime() % 100000, 36).toUpperCase();
    assertThat(numbers.next(prefix)).isEqualTo(prefix + "-20261123-0001");
    assertThat(numbers.next(prefix)).isEqualTo(prefix + "-20261123-0002");
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T16:30:00Z")));
    assertThat(numbers.next(prefix)).isEqualTo(prefix + "-20261124-0001");
  }

  @Test
  @DisplayName("C14 case numbers drawn at the same moment by many threads are all different")
  void uniqueUnderConcurrency() throws Exception {
    String prefix = "P" + Long.toString(System.nanoTime() % 100000, 36).toUpperCase();
    Set<String> drawn = ConcurrentHashMap.newKeySet();
    List<Callable<Void>> work = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      work.add(() -> {
        for (int i = 0; i < 25; i++) {
          drawn.add(numbers.next(prefix));
        }
        return null;
      });
    }
    var pool = Executors.newFixedThreadPool(8);
    try {
      for (Future<Void> f : pool.invokeAll(work)) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(drawn).hasSize(200);
  }
}
