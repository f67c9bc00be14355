package com.huifang.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.huifang.SpringTestBase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 26: an Idempotency-Key belongs to the request it was first sent with, on every API that creates something.
 * A true repeat replays the first answer byte for byte; the same key with another request is refused with 422 and
 * creates nothing; a key expires after its retention.
 */
class IdempotencyKeySpringTest extends SpringTestBase {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdempotencyKeys keys;

  private final String marker = "门禁失灵 " + UUID.randomUUID();

  private Map<String, Object> complaint(String description) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("channel", "hotline");
    body.put("complaintType", "complaint");
    body.put("ownerName", "王建国");
    body.put("unit", "3栋2单元1101");
    body.put("ownerPhone", "13800138000");
    body.put("description", description);
    return body;
  }

  private ResponseEntity<String> post(String user, String path, String body, String key) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set(IdempotencyFilter.HEADER, key);
    return as(user).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private String text(Object body) {
    try {
      return json.writeValueAsString(body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private long started(String processKey) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(processKey).count();
  }

  private long complaintsWith(String description) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("complaint-handling")
        .variableValueEquals("description", description).count();
  }

  @Test
  @DisplayName("C1 C14 a repeat with the same key, however its JSON is laid out, replays the first answer byte for byte with its Location")
  void trueRepeatReplays() {
    String kefu = newUser("customer-service");
    String key = "k-" + UUID.randomUUID();
    var first = post(kefu, "/api/complaints", text(complaint(marker)), key);
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);

    // the same members in another order, with white space: the same request
    Map<String, Object> reordered = new LinkedHashMap<>();
    List<Map.Entry<String, Object>> entries = List.copyOf(complaint(marker).entrySet());
    for (int i = entries.size() - 1; i >= 0; i--) {
      reordered.put(entries.get(i).getKey(), entries.get(i).getValue());
    }
    var again = post(kefu, "/api/complaints", text(reordered).replace(",", " ,\n "), key);

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(again.getBody()).isEqualTo(first.getBody());
    assertThat(again.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation()).isNotNull();
    assertThat(again.getHeaders().getFirst(IdempotencyFilter.REPLAYED)).isEqualTo("true");
    assertThat(complaintsWith(marker)).isEqualTo(1);
  }

  @Test
  @DisplayName("C1 the same key with a different complaint is refused with 422 naming the key, and nothing is created or changed")
  void sameKeyOtherRequestIsRefused() {
    String kefu = newUser("customer-service");
    String key = "k-" + UUID.randomUUID();
    var first = post(kefu, "/api/complaints", text(complaint(marker)), key);
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String stored = jdbc.queryForObject("select response_body from hf_idempotency_key where idem_key = ?", String.class, key);

    String other = "另一位业主的投诉 " + UUID.randomUUID();
    Map<String, Object> otherComplaint = complaint(other);
    otherComplaint.put("ownerName", "李淑芬");
    otherComplaint.put("unit", "5栋1单元0302");
    var refused = post(kefu, "/api/complaints", text(otherComplaint), key);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(refused.getBody()).contains(key).contains("已用于另一个内容不同的请求");
    assertThat(complaintsWith(other)).isZero();
    assertThat(complaintsWith(marker)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select response_body from hf_idempotency_key where idem_key = ?", String.class, key))
        .isEqualTo(stored);
    // the first request repeated still gets its answer
    assertThat(post(kefu, "/api/complaints", text(complaint(marker)), key).getBody()).isEqualTo(first.getBody());
    // the same key on another API is another request too
    assertThat(post(kefu, "/api/errands", text(complaint(marker)), key).getStatusCode())
        .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
  }

  @Test
  @DisplayName("C1 an Idempotency-Key that is blank or longer than 200 characters is refused with 400")
  void malformedKey() {
    String kefu = newUser("customer-service");
    for (String key : List.of(" ", "k".repeat(201))) {
      var refused = post(kefu, "/api/complaints", text(complaint(marker)), key);
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody()).contains("Idempotency-Key 须为1到200个字符");
    }
    assertThat(complaintsWith(marker)).isZero();
  }

  @Test
  @DisplayName("C1 a key expires after its retention (24 h): then it may be used for a new request, and expired keys are removed")
  void keysExpire() {
    String kefu = newUser("customer-service");
    String key = "k-" + UUID.randomUUID();
    Instant start = Instant.now();
    ClockUtil.setCurrentTime(Date.from(start));
    assertThat(post(kefu, "/api/complaints", text(complaint(marker)), key).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofHours(23))));
    String other = "过期后的新投诉 " + UUID.randomUUID();
    assertThat(post(kefu, "/api/complaints", text(complaint(other)), key).getStatusCode())
        .as("within 24 h the key is still the first request's").isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);

    ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofHours(25))));
    assertThat(post(kefu, "/api/complaints", text(complaint(other)), key).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(complaintsWith(other)).isEqualTo(1);

    assertThat(keys.purgeExpired(start.plus(Duration.ofHours(50)))).isGreaterThanOrEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from hf_idempotency_key where idem_key = ?", Long.class, key)).isZero();
  }

  @Test
  @DisplayName("W1 W6 E2 every API that creates something binds its Idempotency-Key to the request: repeat replays, another body is 422")
  void everyCreatingApi() {
    String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String user = newUser("warranty-service", "customer-service");

    Map<String, Object> warranty = new LinkedHashMap<>(Map.of("projectName", "3栋2单元1101 室内装饰工程",
        "ownerName", "王建国", "unit", "3栋2单元1101", "ownerPhone", "13800138000",
        "handoverDate", LocalDate.now(ZONE).minusDays(50).toString(), "workKinds", List.of("tile")));
    var registered = post(user, "/api/warranties", text(warranty), "w-" + run);
    assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = registered.getHeaders().getLocation().toString().replace("/api/warranties/", "");

    record Api(String path, String processKey, Supplier<Map<String, Object>> body, String field, Object otherValue) {}
    List<Api> apis = List.of(
        new Api("/api/warranties", "renovation-warranty", () -> new LinkedHashMap<>(warranty), "ownerName", "李淑芬"),
        new Api("/api/warranties/" + caseNumber + "/repairs", "warranty-repair",
            () -> new LinkedHashMap<>(Map.of("faultDescription", "卫生间墙砖空鼓")), "faultDescription", "阳台地砖开裂"),
        new Api("/api/errands", "owner-errand", () -> new LinkedHashMap<>(Map.of("errandType", "flowerBasket",
            "ownerName", "王建国", "unit", "3栋2单元1101", "ownerPhone", "13800138000", "recipientName", "王母",
            "recipientPhone", "13900139000", "deliveryTime", LocalDate.now(ZONE).plusDays(1) + "T18:00:00+08:00",
            "estimatedCost", "168.00", "occasion", "birthday")), "recipientName", "李父"));
    // the mall's purchases: MallApiSpringTest
    for (Api api : apis) {
      String key = "api-" + UUID.randomUUID();
      var first = post(user, api.path(), text(api.body().get()), key);
      assertThat(first.getStatusCode()).as(api.path() + ": " + first.getBody()).isEqualTo(HttpStatus.CREATED);
      long count = started(api.processKey());

      var again = post(user, api.path(), text(api.body().get()), key);
      assertThat(again.getStatusCode()).as(api.path()).isEqualTo(HttpStatus.CREATED);
      assertThat(again.getBody()).as(api.path()).isEqualTo(first.getBody());
      assertThat(again.getHeaders().getLocation()).as(api.path()).isEqualTo(first.getHeaders().getLocation());

      Map<String, Object> other = api.body().get();
      other.put(api.field(), api.otherValue());
      var refused = post(user, api.path(), text(other), key);
      assertThat(refused.getStatusCode()).as(api.path()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
      assertThat(refused.getBody()).as(api.path()).contains(key);
      assertThat(started(api.processKey())).as("cases of " + api.processKey()).isEqualTo(count);
    }
  }
}
