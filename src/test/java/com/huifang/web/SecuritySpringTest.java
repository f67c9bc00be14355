package com.huifang.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.SpringTestBase;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Security is on by default: authenticated REST, authorizations, no H2 console, no stack traces. */
class SecuritySpringTest extends SpringTestBase {

  @Test
  @DisplayName("the engine REST API and Huifang's API answer 401 without credentials or with a wrong password")
  void restRequiresAuthentication() {
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // a throwaway user: a wrong password locks the user for a few seconds (login throttling)
    String user = newUser("customer-service");
    assertThat(rest.withBasicAuth(user, "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/api/complaints/TS-20261123-0001", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(as("admin").getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  @DisplayName("authorization checks are on; full history is kept and cleaned up at night")
  void authorizationAndHistory() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.isAuthorizationEnabled()).isTrue();
    assertThat(configuration.getHistory()).isEqualTo("full");
    assertThat(configuration.isEnforceHistoryTimeToLive()).isTrue();
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    for (var definition : engine.getRepositoryService().createProcessDefinitionQuery().list()) {
      assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isNotNull().isPositive();
    }
  }

  @Test
  @DisplayName("the H2 console is off")
  void h2ConsoleOff() {
    assertThat(rest.getForEntity("/h2-console", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.getForEntity("/h2-console/login.jsp", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  @DisplayName("error responses carry a message but no stack trace or SQL")
  void errorsCarryNoStackTrace() {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    var malformed = as("admin").exchange("/engine-rest/process-definition/key/owner-revisit/start",
        HttpMethod.POST, new HttpEntity<>("{\"variables\": {", headers), String.class);
    assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(malformed.getBody()).doesNotContain("\tat ", "at org.", "select ", "SELECT ");

    var missing = as("admin").getForEntity("/api/nothing-here", Map.class);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(missing.getBody()).doesNotContainKeys("trace", "exception");
  }

  @Test
  @DisplayName("the webapps send their security headers and an HttpOnly, SameSite session cookie")
  void webappSecurityHeaders() {
    var page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    HttpHeaders headers = page.getHeaders();
    assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(headers.getFirst("Content-Security-Policy")).contains("default-src");
    assertThat(headers.getFirst("X-XSS-Protection")).isNotBlank();
    assertThat(headers.get(HttpHeaders.SET_COOKIE)).anySatisfy(cookie ->
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite"));
  }
}
