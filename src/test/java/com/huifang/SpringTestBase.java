package com.huifang;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.office.OfficeRegister;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port, on the database of the active profile (H2 in memory by
 * default, PostgreSQL with the "postgres" profile). No password is committed: the admin's and the
 * test users' password is drawn at random for each run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class SpringTestBase {

  public static final String PASSWORD = "pw" + UUID.randomUUID().toString().replace("-", "");
  private static final AtomicInteger USERS = new AtomicInteger();
  private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

  @DynamicPropertySource
  static void adminPassword(DynamicPropertyRegistry registry) {
    registry.add("huifang.admin.password", () -> PASSWORD);
  }

  @Autowired protected TestRestTemplate rest;
  @Autowired protected ProcessEngine engine;
  @Autowired protected IdentityService identity;

  @AfterEach
  void resetClockAndAuthentication() {
    ClockUtil.reset();
    identity.clearAuthentication();
  }

  /** A new user of the default office (issue 27) in the given groups, unique across runs on a shared database. */
  protected String newUser(String... groupIds) {
    String id = newUserOfNoOffice(groupIds);
    identity.createTenantUserMembership(OfficeRegister.DEFAULT_OFFICE, id);
    return id;
  }

  /** A new user in the given groups who belongs to no office yet. */
  protected String newUserOfNoOffice(String... groupIds) {
    String id = "t" + RUN + "u" + USERS.incrementAndGet();
    User user = identity.newUser(id);
    user.setFirstName("测试");
    user.setLastName(id);
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    for (String group : groupIds) {
      identity.createMembership(id, group);
    }
    return id;
  }

  protected TestRestTemplate as(String userId) {
    return rest.withBasicAuth(userId, PASSWORD);
  }

  /** Logs the user in to a webapp as the browser does; the headers carry the logged-in session's cookie. */
  protected HttpHeaders webappSession(String user, String app) {
    var page = rest.getForEntity("/camunda/app/" + app + "/default/", String.class);
    Map<String, String> cookies = cookies(page.getHeaders(), new LinkedHashMap<>());
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add(HttpHeaders.COOKIE, cookieHeader(cookies));
    headers.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    headers.add(HttpHeaders.ORIGIN, rest.getRootUri());
    headers.add(HttpHeaders.REFERER, rest.getRootUri() + "/camunda/app/" + app + "/default/");
    var form = new LinkedMultiValueMap<String, String>();
    form.add("username", user);
    form.add("password", PASSWORD);
    var login = rest.postForEntity("/camunda/api/admin/auth/user/default/login/" + app,
        new HttpEntity<>(form, headers), String.class);
    assertThat(login.getStatusCode()).as(user + " logs in to " + app).isEqualTo(HttpStatus.OK);
    cookies(login.getHeaders(), cookies);
    HttpHeaders session = new HttpHeaders();
    session.add(HttpHeaders.COOKIE, cookieHeader(cookies));
    return session;
  }

  /** The cookies a response sets, added to {@code into}. */
  protected static Map<String, String> cookies(HttpHeaders response, Map<String, String> into) {
    for (String cookie : response.getOrDefault(HttpHeaders.SET_COOKIE, List.of())) {
      String pair = cookie.split(";", 2)[0];
      into.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
    return into;
  }

  protected static String cookieHeader(Map<String, String> cookies) {
    return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
  }

  /** Variables as the engine's REST API takes them in submit-form: {@code {"variables": {name: {"value": v}}}}. */
  protected static Map<String, Object> formVariables(Object... namesAndValues) {
    Map<String, Object> variables = new java.util.LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      variables.put((String) namesAndValues[i], Map.of("value", namesAndValues[i + 1]));
    }
    return Map.of("variables", variables);
  }

  /** A complaint as the intake API takes it: by hotline, not anonymous, with the owner's deadline far ahead. */
  protected static Map<String, Object> complaintRequest(String ownerName, String unit, String phone, String description) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("channel", "hotline");
    body.put("complaintType", "complaint");
    body.put("ownerName", ownerName);
    body.put("unit", unit);
    body.put("ownerPhone", phone);
    body.put("anonymous", false);
    body.put("replyLetterOnly", false);
    body.put("description", description);
    body.put("ownerDeadline", "2030-01-01T10:00:00+08:00");
    return body;
  }

  /** POST /api/complaints as {@code user}, as JSON. */
  protected org.springframework.http.ResponseEntity<Map> postComplaint(String user, Map<String, Object> body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return as(user).exchange("/api/complaints", org.springframework.http.HttpMethod.POST, new HttpEntity<>(body, headers),
        Map.class);
  }
}
