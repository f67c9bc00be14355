package com.huifang.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huifang.SpringTestBase;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
    assertThat(config).contains("normal: 'LLL'").contains("deps: ['huifang-dates', 'huifang-banner']")
        .contains("ngDeps: ['huifang.dates', 'huifang.banner']").contains("'huifang-dates': 'scripts/huifang-dates'");
    ResponseEntity<String> module = rest.getForEntity("/camunda/app/cockpit/scripts/huifang-dates.js", String.class);
    assertThat(module.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(module.getBody()).contains("define('huifang-dates'").contains("angular.module('huifang.dates'")
        .contains("camCockpitConf").contains("setDateFormat");
  }

  @Test
  @DisplayName("Issue 8: Tasklist's config.js loads huifang-locale.js, which keeps moment.js in the language in use")
  void tasklistMomentFollowsLanguage() {
    String config = rest.getForObject("/camunda/app/tasklist/scripts/config.js", String.class);
    assertThat(config).contains("deps: ['huifang-locale', 'huifang-forms', 'huifang-sorting', 'huifang-banner']")
        .contains("ngDeps: ['huifang.locale', 'huifang.forms', 'huifang.sorting', 'huifang.banner']")
        .contains("'huifang-locale': 'scripts/huifang-locale'");
    ResponseEntity<String> module = rest.getForEntity("/camunda/app/tasklist/scripts/huifang-locale.js", String.class);
    assertThat(module.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(module.getBody()).contains("define('huifang-locale'").contains("angular.module('huifang.locale'")
        .contains("$translateLoadingSuccess").contains("amMoment.changeLocale");
  }

  @Test
  @DisplayName("Issue 25: Tasklist's config.js loads huifang-forms.js, which puts form-js's own strings into Chinese")
  void tasklistFormsInChinese() {
    String config = rest.getForObject("/camunda/app/tasklist/scripts/config.js", String.class);
    assertThat(config).contains("'huifang-forms': 'scripts/huifang-forms'");
    ResponseEntity<String> module = rest.getForEntity("/camunda/app/tasklist/scripts/huifang-forms.js", String.class);
    assertThat(module.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(module.getBody()).contains("define('huifang-forms'").contains("angular.module('huifang.forms'")
        .contains("'Field is required.': '此项为必填项'").contains("options.vnode").contains("flatpickr.localize");
  }

  @Test
  @DisplayName("Issue 21: Tasklist's config.js loads huifang-sorting.js, which sorts an address without a sorting by due date")
  void tasklistSortsByDueDate() {
    String config = rest.getForObject("/camunda/app/tasklist/scripts/config.js", String.class);
    assertThat(config).contains("'huifang-sorting': 'scripts/huifang-sorting'");
    ResponseEntity<String> module = rest.getForEntity("/camunda/app/tasklist/scripts/huifang-sorting.js", String.class);
    assertThat(module.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(module.getBody()).contains("define('huifang-sorting'").contains("angular.module('huifang.sorting'")
        .contains("sortBy: 'dueDate', sortOrder: 'asc'").contains("$locationChangeStart");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "welcome", "admin"})
  @DisplayName("Issue 21: every webapp's config.js loads the shared huifang-banner.js (migration banner for administrators only), served from /camunda/app/huifang/")
  void bannerModuleShared(String app) {
    String config = rest.getForObject("/camunda/app/" + app + "/scripts/config.js", String.class);
    assertThat(config).contains("'huifang-banner'").contains("'huifang.banner'")
        .contains("'huifang-banner': '../huifang/huifang-banner'");
    ResponseEntity<String> module = rest.getForEntity("/camunda/app/huifang/huifang-banner.js", String.class);
    assertThat(module.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(module.getBody()).contains("define('huifang-banner'").contains("angular.module('huifang.banner'")
        .contains("camWidgetHeaderDirective").contains("isCommunityEdition").contains("authorizedApps");
  }
}
