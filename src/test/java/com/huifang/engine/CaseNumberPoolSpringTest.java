package com.huifang.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.SpringTestBase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * Regression: every intake holds a connection of the application's pool for its transaction and draws its case
 * number in a transaction of its own. When that second transaction also came from the application's pool, as many
 * concurrent intakes as the pool has connections each held one and waited for a second: the pool deadlocked until
 * its timeout and the intakes failed with 500. The counter now has a small pool of its own. A deadlock waits for
 * the whole timeout (10 s here) and fails; ordinary queueing for 4 connections takes far less.
 */
@Tag("own-jvm") // its own pool settings, so its own application context
@TestPropertySource(properties = {"spring.datasource.hikari.maximum-pool-size=4",
    "spring.datasource.hikari.connection-timeout=10000"})
class CaseNumberPoolSpringTest extends SpringTestBase {

  private static final int CLIENTS = 16;

  @Test
  @DisplayName("C14 16 concurrent intakes on a pool of 4 connections all get 201 and different case numbers")
  void concurrentIntakesDoNotExhaustThePool() throws Exception {
    String kefu = newUser("customer-service");
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String body = "{\"channel\":\"hotline\",\"complaintType\":\"complaint\",\"ownerName\":\"王建国\","
        + "\"unit\":\"3栋2单元1101\",\"ownerPhone\":\"13800138000\",\"description\":\"电梯异响\"}";
    // one intake first, so the cold start (DMN, forms) does not count against the pool's timeout
    assertThat(as(kefu).exchange("/api/complaints", HttpMethod.POST, new HttpEntity<>(body, headers), Map.class)
        .getStatusCode().value()).isEqualTo(201);
    var start = new CountDownLatch(1);
    List<Callable<ResponseEntity<Map>>> work = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      work.add(() -> {
        start.await();
        return as(kefu).exchange("/api/complaints", HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
      });
    }
    var pool = Executors.newFixedThreadPool(CLIENTS);
    Set<Object> numbers = new HashSet<>();
    try {
      List<Future<ResponseEntity<Map>>> answers = new ArrayList<>();
      for (var w : work) {
        answers.add(pool.submit(w));
      }
      start.countDown();
      for (var answer : answers) {
        ResponseEntity<Map> response = answer.get();
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
        numbers.add(response.getBody().get("caseNumber"));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(numbers).hasSize(CLIENTS);
  }
}
