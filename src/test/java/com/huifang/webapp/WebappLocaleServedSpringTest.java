package com.huifang.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huifang.SpringTestBase;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Spring Boot serves our config.js and zh.json (application jar) in place of the Camunda webapp jar's files,
 * while the English en.json still comes from Camunda's jar.
 */
class WebappLocaleServedSpringTest extends SpringTestBase {

  private static final String APP = "/camunda/app/tasklist/";
  private static final String JAR = "META-INF/resources/webjars/camunda/app/tasklist/";

  @Test
  @DisplayName("Issue 8: /camunda/app/tasklist/scripts/config.js is ours: zh and en, Chinese by default")
  void configIsOurs() throws Exception {
    ResponseEntity<byte[]> served = rest.getForEntity(APP + "scripts/config.js", byte[].class);
    assertThat(served.getStatusCode()).isEqualTo(HttpStatus.OK);
    String config = new String(served.getBody(), StandardCharsets.UTF_8);
    assertThat(config).contains("availableLocales: ['zh', 'en']").contains("fallbackLocale: 'zh'");
    assertThat(served.getBody()).isEqualTo(WebappLocaleTest.bytes(WebappLocaleTest.ourResource(JAR + "scripts/config.js")));
    String camundas = new String(WebappLocaleTest.bytes(WebappLocaleTest.webjarResource(JAR + "scripts/config.js")),
        StandardCharsets.UTF_8);
    assertThat(camundas).doesNotContain("fallbackLocale: 'zh'");
  }

  @Test
  @DisplayName("Issue 8: /camunda/app/tasklist/locales/zh.json is ours (认领, 完成, 发起流程) and en.json is Camunda's")
  void localesServed() throws Exception {
    ResponseEntity<byte[]> zh = rest.getForEntity(APP + "locales/zh.json", byte[].class);
    assertThat(zh.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(zh.getBody()).isEqualTo(WebappLocaleTest.bytes(WebappLocaleTest.ourResource(JAR + "locales/zh.json")));
    JsonNode labels = new ObjectMapper().readTree(zh.getBody()).path("labels");
    assertThat(labels.path("CLAIM_TASK").asText()).isEqualTo("认领");
    assertThat(labels.path("COMPLETE").asText()).isEqualTo("完成");
    assertThat(labels.path("START_PROCESS").asText()).isEqualTo("发起流程");

    ResponseEntity<byte[]> en = rest.getForEntity(APP + "locales/en.json", byte[].class);
    assertThat(en.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(en.getBody()).isEqualTo(WebappLocaleTest.bytes(WebappLocaleTest.webjarResource(JAR + "locales/en.json")));
  }

  @Test
  @DisplayName("Issue 8: Cockpit's config.js loads huifang-dates.js, which applies config.js's dateFormat (Cockpit 7.24 does not)")
  void cockpitDateFormats() {
    String config = rest.getForObject("/camunda/app/cockpit/scripts/config.js", String.class);
    assertThat(config).contains("normal: 'LLL'").contains("deps: ['huifang-dates']").contains("ngDeps: ['huifang.dates']")
        .contains("'huifang-dates': 'scripts/huifang-dates'");
    ResponseEntity<String> module = rest.getForEntity("/camunda/app/cockpit/scripts/huifang-dates.js", String.class);
    assertThat(module.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(module.getBody()).contains("define('huifang-dates'").contains("angular.module('huifang.dates'")
        .contains("camCockpitConf").contains("setDateFormat");
  }

  @Test
  @DisplayName("Issue 8: Tasklist's config.js loads huifang-locale.js, which keeps moment.js in the language in use")
  void tasklistMomentFollowsLanguage() {
    String config = rest.getForObject("/camunda/app/tasklist/scripts/config.js", String.class);
    assertThat(config).contains("deps: ['huifang-locale']").contains("ngDeps: ['huifang.locale']")
        .contains("'huifang-locale': 'scripts/huifang-locale'");
    ResponseEntity<String> module = rest.getForEntity("/camunda/app/tasklist/scripts/huifang-locale.js", String.class);
    assertThat(module.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(module.getBody()).contains("define('huifang-locale'").contains("angular.module('huifang.locale'")
        .contains("$translateLoadingSuccess").contains("amMoment.changeLocale");
  }
}
