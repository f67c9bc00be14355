package com.huifang.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.SpringTestBase;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hostile input against every endpoint Huifang adds under {@code /api} (issue 9, part 3): malformed JSON, wrong
 * types, unknown and missing fields, oversized bodies, injection strings, huge numbers, bad dates, bad query
 * parameters and path variables. Each gets a 4xx with a clear JSON message, never a 5xx, and creates nothing
 * (process instances and Huifang's own rows are counted before and after). No error response, from /api,
 * /engine-rest, Spring's /error or Tomcat itself, carries a stack trace, an exception class or SQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class HostileInputSpringTest extends SpringTestBase {

  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  /** One request: what it is, and the status it must get (0: any 4xx). */
  record Case(String name, HttpMethod method, String path, String contentType, byte[] body, int expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final String JSON = "application/json";
  static final List<String> JSON_APIS = List.of("/api/complaints", "/api/errands", "/api/warranties",
      "/api/mall/purchases", "/api/warranties/BX-20261123-0001/repairs", "/api/repairs");

  static final String REPAIR = """
      {"channel":"hotline","ownerName":"王建国","unit":"3栋2单元1101","ownerPhone":"13800138000","place":"indoor",
       "faultKind":"water","description":"水管漏水","urgency":"urgent"}""";
  static final String COMPLAINT = """
      {"channel":"hotline","complaintType":"complaint","ownerName":"王建国","unit":"3栋2单元1101",
       "ownerPhone":"13800138000","description":"电梯异响"}""";
  static final String ERRAND = """
      {"errandType":"cake","ownerName":"王建国","unit":"3栋2单元1101","ownerPhone":"13800138000",
       "recipientName":"王母","recipientPhone":"13900139000","deliveryTime":"2099-01-01T18:00",
       "estimatedCost":"268.00","cakePurpose":"birthday","cakeSize":"8寸","cakeDesign":"寿桃","cakeColours":"粉白",
       "cakeText":"生日快乐","cakeBrand":"好利来"}""";
  static final String WARRANTY = """
      {"projectName":"室内装饰工程","ownerName":"王建国","unit":"3栋2单元1101","ownerPhone":"13800138000",
       "handoverDate":"2026-01-05","workKinds":["tile","wood"],"warrantyYears":2}""";
  static final String PURCHASE = """
      {"cardNumber":"BX-0008812","customerName":"王建国","customerPhone":"13800138000","address":"3栋2单元1101",
       "purchaseLines":[{"merchantId":"no-such-merchant","goods":"地板","services":["install"],
       "serviceDate":"2099-01-01","registeredAtDesk":true}]}""";

  static final List<String> INJECTIONS = List.of("' OR '1'='1", "1; DROP TABLE hf_owner_unit; --",
      "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "${7*7}", "#{7*7}", "{{7*7}}",
      "../../../../etc/passwd", "\u0000", "%00", "\u202e\u0645", "Robert'); DELETE FROM act_ru_task;--");

  /** 404, or 400 when Tomcat refuses the path itself (an encoded slash or NUL). */
  static final int PATH_REFUSED_OR_404 = 0;

  private static Case json(String name, String path, String body, int expected) {
    return new Case(name + " → " + path, HttpMethod.POST, path, JSON, body.getBytes(StandardCharsets.UTF_8), expected);
  }

  static final byte[] PNG_BYTES = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};

  /** A multipart upload of one file (field {@code file}), as a browser sends it. */
  private static Case multipart(String name, String path, String fileName, byte[] content, int expected) {
    String boundary = "----huifang" + Integer.toHexString(name.hashCode());
    var body = new java.io.ByteArrayOutputStream();
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
        + fileName.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A")
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return new Case(name + " → " + path, HttpMethod.POST, path, "multipart/form-data; boundary=" + boundary,
        body.toByteArray(), expected);
  }

  private static Case get(String name, String path, int expected) {
    return new Case(name + " → GET " + path, HttpMethod.GET, path, null, null, expected);
  }

  private static String with(String body, String field, String rawJsonValue) {
    // replaces or adds one top-level field of a flat JSON object given as text
    String pattern = "\"" + field + "\":";
    int at = body.indexOf(pattern);
    if (at < 0) {
      return body.substring(0, body.lastIndexOf('}')) + ",\"" + field + "\":" + rawJsonValue + "}";
    }
    int start = at + pattern.length();
    int depth = 0;
    int end = start;
    boolean inString = false;
    for (; end < body.length(); end++) {
      char c = body.charAt(end);
      if (inString) {
        if (c == '\\') {
          end++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '[' || c == '{') {
        depth++;
      } else if (c == ']' || c == '}') {
        if (depth == 0) {
          break;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        break;
      }
    }
    return body.substring(0, start) + rawJsonValue + body.substring(end);
  }

  private static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  static Stream<Case> cases() {
    List<Case> cases = new ArrayList<>();
    // malformed JSON and bodies that are not an object, on every JSON endpoint
    List<String> malformed = List.of("", "{", "{\"channel\":", "{\"a\":1}}", "null", "[]", "[1,2]", "\"text\"", "42",
        "true", "{'single':'quotes'}", "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":01}", "{\"a\":\"\\ud800\"}",
        "\u0000", "{\"a\" 1}", "{,}", "\uFEFF{}", "[".repeat(5000) + "]".repeat(5000),
        "{\"a\":".repeat(3000) + "1" + "}".repeat(3000));
    for (String path : JSON_APIS) {
      for (int i = 0; i < malformed.size(); i++) {
        cases.add(json("malformed #" + i, path, malformed.get(i), 400));
      }
      cases.add(json("unknown field only", path, "{\"__proto__\":{\"admin\":true}}", 400));
      cases.add(json("empty object", path, "{}", 400));
      cases.add(new Case("text/plain → " + path, HttpMethod.POST, path, "text/plain", "{}".getBytes(), 415));
      cases.add(new Case("XML → " + path, HttpMethod.POST, path, "application/xml", "<a/>".getBytes(), 415));
      cases.add(new Case("no content type → " + path, HttpMethod.POST, path, null, "{}".getBytes(), 415));
      cases.add(new Case("PUT → " + path, HttpMethod.PUT, path, JSON, "{}".getBytes(), 405));
      cases.add(new Case("DELETE → " + path, HttpMethod.DELETE, path, null, null, 405));
      cases.add(json("1 MB + 1 byte", path, "{\"description\":\"" + "x".repeat(1024 * 1024) + "\"}", 413));
    }
    // wrong types, huge numbers and bad dates, field by field
    Map<String, List<String>> wrong = new LinkedHashMap<>();
    wrong.put("/api/complaints", List.of("channel=1", "channel={}", "anonymous=\"yes\"", "anonymous=1",
        "description=[]", "description=" + quoted("很".repeat(4001)), "ownerDeadline=\"2026-13-45T99:00:00+08:00\"",
        "ownerDeadline=\"+999999999-12-31T00:00:00Z\"", "ownerDeadline=12345678901234567890",
        "ownerDeadline=\"0000-00-00\"", "ownerPhone=13800138000", "unit=true", "colour=\"red\""));
    wrong.put("/api/errands", List.of("estimatedCost=1e400", "estimatedCost=-1", "estimatedCost=\"1e308\"",
        "estimatedCost=123456789012345678901234567890", "estimatedCost=\"NaN\"", "estimatedCost=[]",
        "deliveryTime=\"yesterday\"", "deliveryTime=\"2026-02-30T18:00\"", "deliveryTime=\"+999999999-01-01T00:00\"",
        "withCard=\"true\"", "errandType=\"bomb\"", "ownerPhone=" + quoted("1' OR '1'='1")));
    wrong.put("/api/warranties", List.of("warrantyYears=99999999999999999999", "warrantyYears=2147483648",
        "warrantyYears=-1", "warrantyYears=0", "warrantyYears=1.5", "warrantyYears=1e3", "warrantyYears=\"2\"",
        "handoverDate=\"2026-02-30\"", "handoverDate=\"+999999999-12-31\"", "handoverDate=\"-000001-01-01\"",
        "handoverDate=20260105", "workKinds=\"tile\"", "workKinds=[1,2]", "workKinds=[\"<script>\"]",
        "workKinds=[{}]"));
    wrong.put("/api/mall/purchases", List.of("purchaseLines={}", "purchaseLines=[1]", "purchaseLines=[[]]",
        "purchaseLines=[{\"merchantId\":{\"$ne\":null}}]", "returnDays=1e400", "returnDays=99999999999999999999",
        "returnDays=-5", "returnDays=2147483648", "customerPhone=" + quoted("<script>"), "cardNumber=7"));
    wrong.put("/api/warranties/BX-20261123-0001/repairs", List.of("faultDescription=1", "faultDescription=\"\"",
        "faultDescription=" + quoted("x".repeat(4001)), "other=\"x\""));
    wrong.put("/api/repairs", List.of("place=\"roof\"", "place=1", "faultKind=[]", "urgency=true",
        "preferredTime=\"2026-13-45T99:00:00+08:00\"", "preferredTime=\"+999999999-12-31T00:00:00Z\"",
        "preferredTime=12345678901234567890", "ownerPhone=" + quoted("<script>"), "description=" + quoted("很".repeat(4001)),
        "channel=\"revisit\"", "officeId=" + quoted("x".repeat(65)), "colour=\"red\""));
    Map<String, String> valid = Map.of("/api/complaints", COMPLAINT, "/api/errands", ERRAND, "/api/warranties",
        WARRANTY, "/api/mall/purchases", PURCHASE, "/api/warranties/BX-20261123-0001/repairs",
        "{\"faultDescription\":\"漏水\"}", "/api/repairs", REPAIR);
    wrong.forEach((path, changes) -> {
      for (String change : changes) {
        int eq = change.indexOf('=');
        cases.add(json(change.length() > 80 ? change.substring(0, 80) + "…" : change, path,
            with(valid.get(path), change.substring(0, eq), change.substring(eq + 1)), 0));
      }
    });
    // injection strings in fields with a format (phone, enumerations, dates): refused
    for (String attack : INJECTIONS) {
      cases.add(json("complaint channel " + attack, "/api/complaints", with(COMPLAINT, "channel", quoted(attack)), 400));
      cases.add(json("complaint phone " + attack, "/api/complaints", with(COMPLAINT, "ownerPhone", quoted(attack)), 400));
      cases.add(json("errand type " + attack, "/api/errands", with(ERRAND, "errandType", quoted(attack)), 400));
      cases.add(json("warranty date " + attack, "/api/warranties", with(WARRANTY, "handoverDate", quoted(attack)), 400));
      cases.add(json("unknown warranty case " + attack, "/api/warranties/" + encode(attack) + "/repairs",
          "{\"faultDescription\":\"漏水\"}", 0));
      // path variables and query parameters
      cases.add(get("complaint " + attack, "/api/complaints/" + encode(attack), PATH_REFUSED_OR_404));
      cases.add(get("repair " + attack, "/api/repairs/" + encode(attack), PATH_REFUSED_OR_404));
      cases.add(json("repair kind " + attack, "/api/repairs", with(REPAIR, "faultKind", quoted(attack)), 400));
      cases.add(get("errand " + attack, "/api/errands/" + encode(attack), PATH_REFUSED_OR_404));
      cases.add(get("owner " + attack, "/api/owners/" + encode(attack), PATH_REFUSED_OR_404));
      cases.add(get("merchant " + attack, "/api/mall/merchants/" + encode(attack) + "/scores?month=2026-11", PATH_REFUSED_OR_404));
      cases.add(get("month " + attack, "/api/mall/merchants/m01/scores?month=" + encode(attack), 400));
      cases.add(get("kpi from " + attack, "/api/kpis?from=" + encode(attack) + "&to=2026-12-01", 400));
      cases.add(get("register to " + attack, "/api/registers/complaints.xlsx?from=2026-11-01&to=" + encode(attack), 400));
    }
    for (String path : List.of("/api/kpis", "/api/registers/complaints.xlsx", "/api/registers/revisits.xlsx",
        "/api/registers/repairs.xlsx")) {
      for (String query : List.of("", "?from=2026-11-01", "?from=2026-12-01&to=2026-11-01", "?from=2026-02-30&to=2026-03-01",
          "?from=-999999999-01-01&to=+999999999-12-31", "?from=0000-01-01&to=0001-01-01",
          "?from=2026-11-01&to=2026-11-01", "?from=" + "9".repeat(5000) + "&to=2026-12-01", "?from[]=1&to[]=2",
          "?from=2026-11-01&from=2026-10-01&to=2026-12-01")) {
        cases.add(get("period " + (query.length() > 60 ? query.substring(0, 60) + "…" : query), path + query, 400));
      }
    }
    // a case's attachments (C21): multipart uploads and downloads by business key and attachment id
    for (String attack : INJECTIONS) {
      String path = "/api/cases/" + encode(attack) + "/attachments";
      cases.add(get("attachments of case " + attack, path, PATH_REFUSED_OR_404));
      cases.add(get("case of task " + attack, "/api/tasks/" + encode(attack) + "/case", PATH_REFUSED_OR_404));
      cases.add(get("attachment " + attack, "/api/cases/TS-20261123-0001/attachments/" + encode(attack),
          PATH_REFUSED_OR_404));
      cases.add(multipart("upload to case " + attack, path, "a.png", PNG_BYTES, 0));
      cases.add(multipart("file named " + attack, "/api/cases/TS-20261123-0001/attachments", attack + ".png",
          PNG_BYTES, 404));
    }
    String attachments = "/api/cases/TS-20261123-0001/attachments";
    cases.add(new Case("JSON → " + attachments, HttpMethod.POST, attachments, JSON, "{}".getBytes(), 415));
    cases.add(new Case("no content type → " + attachments, HttpMethod.POST, attachments, null, "x".getBytes(), 415));
    cases.add(new Case("multipart without boundary → " + attachments, HttpMethod.POST, attachments,
        "multipart/form-data", "x".getBytes(), 0));
    cases.add(new Case("multipart garbage → " + attachments, HttpMethod.POST, attachments,
        "multipart/form-data; boundary=b0undary", "--b0undary\r\nnot a part".getBytes(), 0));
    cases.add(new Case("PUT → " + attachments, HttpMethod.PUT, attachments, JSON, "{}".getBytes(), 405));
    cases.add(new Case("DELETE → " + attachments + "/1", HttpMethod.DELETE, attachments + "/1", null, null, 405));
    cases.add(get("very long case number for attachments", "/api/cases/" + "A".repeat(6000) + "/attachments", 0));
    cases.add(get("very long case number", "/api/complaints/" + "A".repeat(6000), 0));
    cases.add(get("unknown API", "/api/nothing-here", 404));
    cases.add(get("month 2026-13", "/api/mall/merchants/m01/scores?month=2026-13", 400));
    cases.add(get("month +999999999-12", "/api/mall/merchants/m01/scores?month=%2B999999999-12", 0));
    // the owner register's CSV import
    cases.add(new Case("CSV 5 MB + 1 byte", HttpMethod.POST, "/api/owners/import", "text/csv",
        ("unit,owner_name,phone\n" + "x".repeat(5 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8), 413));
    cases.add(new Case("CSV not UTF-8", HttpMethod.POST, "/api/owners/import", "text/csv",
        new byte[] {'u', 'n', 'i', 't', ',', (byte) 0xC3, (byte) 0x28, '\n'}, 400));
    cases.add(new Case("CSV empty", HttpMethod.POST, "/api/owners/import", "text/csv", new byte[0], 400));
    cases.add(new Case("CSV binary", HttpMethod.POST, "/api/owners/import", "text/csv",
        Base64.getDecoder().decode("UEsDBBQAAAAIAAAAIQD/////AAAAAAAAAAA="), 400));
    cases.add(new Case("CSV as JSON", HttpMethod.POST, "/api/owners/import", JSON, "{}".getBytes(), 415));
    cases.add(new Case("CSV injection lines", HttpMethod.POST, "/api/owners/import", "text/csv",
        ("unit,owner_name,phone\n=cmd|' /C calc'!A0,<script>,1' OR '1'='1\n'; DROP TABLE hf_owner_unit;--,x,"
            + "12345\n,,\n\"unclosed,quote\n").getBytes(StandardCharsets.UTF_8), 400));
    cases.add(new Case("CSV 1.5 MB of bad lines (under the 5 MB import limit)", HttpMethod.POST, "/api/owners/import",
        "text/csv", ("unit,owner_name,phone\n" + "a,b,c\n".repeat(250_000)).getBytes(StandardCharsets.UTF_8), 400));
    return cases.stream();
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** What may never be in an error answer, unless the request itself carried it. */
  static final List<String> INTERNALS = List.of("\tat ", "at org.", "at com.", "at java.", "Exception", "org.camunda",
      "org.springframework", "java.lang", "com.huifang", "SQL", "select ", "SELECT ", "insert into", "INSERT INTO",
      "Tomcat", "jdbc", "H2", "PSQL");

  static void assertNoInternals(String body, String request) {
    for (String internal : INTERNALS) {
      if (request == null || !request.contains(internal)) {
        assertThat(body).as("error body leaks %s", internal).doesNotContain(internal);
      }
    }
  }

  private Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : List.of("act_hi_procinst", "act_ru_execution", "hf_owner_unit", "hf_idempotency_key",
        "hf_case_number_counter", "mall_feedback_score", "mall_penalty", "act_hi_attachment", "hf_attachment")) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    return counts;
  }

  @BeforeAll
  void deployFailingProcess() {
    var model = Bpmn.createExecutableProcess("hostile-fails").camundaHistoryTimeToLive(1).startEvent()
        .serviceTask("ServiceTask_Fails").camundaExpression("${noSuchBean.secret()}").endEvent().done();
    engine.getRepositoryService().createDeployment().name("hostile").addModelInstance("hostile-fails.bpmn", model).deploy();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @DisplayName("hostile input to /api: a 4xx with a clear JSON message, no internals, nothing created")
  void hostileInput(Case c) {
    Map<String, Long> before = counts();
    var headers = new HttpHeaders();
    if (c.contentType() != null) {
      headers.set(HttpHeaders.CONTENT_TYPE, c.contentType());
    }
    ResponseEntity<String> answer = as("admin").exchange(URI.create(c.path()), c.method(),
        new HttpEntity<>(c.body(), headers), String.class);
    int status = answer.getStatusCode().value();
    String request = c.body() == null ? c.path() : c.path() + new String(c.body(), StandardCharsets.UTF_8);
    if (c.expected() == 0) {
      assertThat(status).as("%s: %s", c, answer.getBody()).isBetween(400, 499);
    } else {
      assertThat(status).as("%s: %s", c, answer.getBody()).isEqualTo(c.expected());
    }
    assertThat(answer.getHeaders().getContentType()).as("%s", c).isNotNull();
    assertThat(answer.getHeaders().getContentType().toString()).as("%s", c).startsWith("application/json");
    assertThat(answer.getBody()).as("%s", c).matches("(?s)\\{.*\"message\":\"[^\"]*\\p{IsHan}.*");
    assertNoInternals(answer.getBody(), request);
    assertThat(counts()).as("nothing created by %s", c).isEqualTo(before);
  }

  @Test
  @DisplayName("text with SQL, HTML or script in a free-text field is stored exactly as typed")
  void injectionStoredAsTyped() {
    for (String attack : INJECTIONS) {
      if (attack.contains("\u0000")) {
        continue; // PostgreSQL cannot store NUL in text
      }
      String description = "电梯异响 " + attack;
      var headers = new HttpHeaders();
      headers.set(HttpHeaders.CONTENT_TYPE, JSON);
      var created = as("admin").exchange("/api/complaints", HttpMethod.POST,
          new HttpEntity<>(with(COMPLAINT, "description", quoted(description)), headers), Map.class);
      assertThat(created.getStatusCode().value()).as("%s: %s", attack, created.getBody()).isEqualTo(201);
      String instance = (String) created.getBody().get("processInstanceId");
      assertThat(engine.getRuntimeService().getVariable(instance, "description")).isEqualTo(description);
    }
    assertThat(jdbc.queryForObject("select count(*) from hf_owner_unit", Long.class)).isNotNull();
  }

  @Test
  @DisplayName("a body without Content-Length (chunked) that grows past the limit is refused with 413 while read")
  void chunkedOversizedBody() throws Exception {
    Map<String, Long> before = counts();
    byte[] big = ("{\"description\":\"" + "x".repeat(1100 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
    HttpClient client = HttpClient.newHttpClient();
    String auth = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    for (String path : List.of("/api/complaints", "/engine-rest/process-definition/key/hostile-fails/start")) {
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
          .header("Authorization", "Basic " + auth).header("Content-Type", JSON)
          .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(path.startsWith("/api")
              ? big : ("{\"variables\":{\"x\":{\"value\":\"" + "y".repeat(11 * 1024 * 1024) + "\"}}}").getBytes())))
          .build();
      HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as("%s: %s", path, answer.body()).isEqualTo(413);
      assertThat(answer.body()).contains("请求内容过大");
      assertNoInternals(answer.body(), null);
    }
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  @DisplayName("a 5xx of /engine-rest carries a reference, logged with the stack trace, and no internals")
  void engineRestServerErrorSanitized(CapturedOutput log) {
    var headers = new HttpHeaders();
    headers.set(HttpHeaders.CONTENT_TYPE, JSON);
    var answer = as("admin").exchange("/engine-rest/process-definition/key/hostile-fails/start", HttpMethod.POST,
        new HttpEntity<>("{}", headers), Map.class);
    assertThat(answer.getStatusCode().value()).isEqualTo(500);
    assertThat(answer.getBody()).containsEntry("type", "ServerError").containsKey("reference");
    String reference = (String) answer.getBody().get("reference");
    assertThat((String) answer.getBody().get("message")).contains(reference);
    assertNoInternals(answer.getBody().toString(), null);
    assertThat(answer.getBody().toString()).doesNotContain("noSuchBean");
    assertThat(log.getOut() + log.getErr()).contains(reference).contains("noSuchBean");
  }

  @Test
  @DisplayName("engine-rest 4xx, Spring's /error and Tomcat's own error pages carry no internals")
  void otherErrorPages() throws Exception {
    var headers = new HttpHeaders();
    headers.set(HttpHeaders.CONTENT_TYPE, JSON);
    for (String body : List.of("{\"variables\": {", "[]", "{\"variables\":{\"a\":{\"value\":1,\"type\":\"NoSuchType\"}}}",
        "{\"businessKey\":{}}")) {
      var answer = as("admin").exchange("/engine-rest/process-definition/key/owner-revisit/start", HttpMethod.POST,
          new HttpEntity<>(body, headers), String.class);
      assertThat(answer.getStatusCode().value()).as(body).isBetween(400, 499);
      assertThat(answer.getBody()).doesNotContain("\tat ", "at org.", "SELECT ", "select ");
    }
    var error = as("admin").getForEntity("/error", String.class);
    assertThat(error.getStatusCode().value()).isGreaterThanOrEqualTo(400);
    assertNoInternals(error.getBody(), null);

    // requests Tomcat refuses before they reach the application
    for (String target : List.of("/api/complaints/%2F..%2Fx", "/api/<script>", "/api/a%00b", "/api/%",
        "/engine-rest/task/%zz", "/api/complaints/" + "x".repeat(10_000))) {
      String raw = rawGet(target);
      assertThat(raw).as(target).matches("(?s)HTTP/1\\.1 4\\d\\d .*");
      assertNoInternals(raw.substring(raw.indexOf("\r\n\r\n") + 4), null);
      assertThat(raw).as(target).doesNotContain("Apache Tomcat/");
    }
  }

  private String rawGet(String target) throws Exception {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      String auth = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
      out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
