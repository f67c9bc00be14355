package com.huifang.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.SpringTestBase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.View;

/**
 * No English dead ends (issue 21, part 2): a browser that gets 401, 403, 404 or 500 anywhere, under /camunda or not,
 * gets a Chinese page saying what happened, who is logged in, which webapps this user may use and a link to
 * Tasklist; never Spring's "Whitelabel Error Page". A housekeeper who follows a link to Cockpit or Admin lands there.
 */
class ErrorPagesSpringTest extends SpringTestBase {

  @Autowired @Qualifier("error") View errorPage;

  @Test
  @DisplayName("a housekeeper who opens Cockpit or Admin gets a Chinese 403 page with their name, Tasklist as what they may use, and its link")
  void staffOpeningCockpitOrAdmin() {
    String housekeeper = newUser("housekeeper");
    HttpHeaders session = html(webappSession(housekeeper, "tasklist"));
    for (String path : List.of("/camunda/app/cockpit/default/", "/camunda/app/admin/default/", "/camunda/app/cockpit/")) {
      ResponseEntity<String> page = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(session), String.class);
      assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
      assertChinesePage(page, "您无权打开此页面");
      assertThat(page.getBody()).as(path).contains("当前登录: 测试" + housekeeper)
          .contains("<a href=\"/camunda/app/tasklist/default/\">任务列表:")
          .doesNotContain("监控中心:", "系统管理:").contains("返回任务列表");
    }
    // a manager may use Cockpit too: the page lists it
    String manager = newUser("office-manager");
    ResponseEntity<String> admin = rest.exchange("/camunda/app/admin/default/", HttpMethod.GET,
        new HttpEntity<>(html(webappSession(manager, "cockpit"))), String.class);
    assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(admin.getBody()).contains("任务列表:", "监控中心:").doesNotContain("系统管理:");
  }

  @Test
  @DisplayName("an address that does not exist, under /camunda or elsewhere, logged in or not: a Chinese 404 page with a link to Tasklist")
  void notFound() {
    HttpHeaders anonymous = html(new HttpHeaders());
    HttpHeaders session = html(webappSession(newUser("customer-service"), "tasklist"));
    for (HttpHeaders who : List.of(anonymous, session)) {
      for (String path : List.of("/camunda/nothing", "/camunda/app/tasklist/default/nothing.html", "/nothing")) {
        ResponseEntity<String> page = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(who), String.class);
        assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
        assertChinesePage(page, "页面不存在");
        assertThat(page.getBody()).contains("href=\"/camunda/app/tasklist/default/\"");
      }
    }
    assertThat(rest.exchange("/nothing", HttpMethod.GET, new HttpEntity<>(anonymous), String.class).getBody())
        .contains("登录任务列表").doesNotContain("当前登录");
  }

  @Test
  @DisplayName("a server error's page is Chinese, gives the reference the log carries, and no internals; 401 asks to log in")
  void serverErrorAndUnauthorized() throws Exception {
    MockHttpServletResponse failed = render(Map.of("status", 500, "reference", "a1b2c3d4e5f6", "path", "/x"));
    assertThat(failed.getContentType()).startsWith("text/html");
    assertThat(failed.getContentAsString()).contains("服务器内部错误", "参考编号: a1b2c3d4e5f6", "登录任务列表")
        .doesNotContain("Whitelabel", "Exception");
    assertThat(render(Map.of("status", 401)).getContentAsString()).contains("请先登录", "登录任务列表");
  }

  /** JSON clients keep their JSON error body. */
  @Test
  @DisplayName("a JSON client still gets the JSON error body")
  void jsonClientsKeepJson() {
    HttpHeaders json = new HttpHeaders();
    json.setAccept(List.of(MediaType.APPLICATION_JSON));
    ResponseEntity<String> answer = rest.exchange("/nothing", HttpMethod.GET, new HttpEntity<>(json), String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
  }

  private MockHttpServletResponse render(Map<String, Object> model) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    errorPage.render(model, new MockHttpServletRequest("GET", "/x"), response);
    return response;
  }

  private static void assertChinesePage(ResponseEntity<String> page, String title) {
    assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(page.getBody()).contains("<html lang=\"zh-CN\">", title).doesNotContain("Whitelabel", "There was an unexpected error");
  }

  private static HttpHeaders html(HttpHeaders headers) {
    HttpHeaders copy = new HttpHeaders();
    copy.addAll(headers);
    copy.setAccept(List.of(MediaType.TEXT_HTML, MediaType.parseMediaType("application/xhtml+xml")));
    return copy;
  }
}
