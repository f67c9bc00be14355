package com.huifang.hostile;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.huifang.SpringTestBase;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Fuzz tests over every API Huifang adds (issue 9, part 3), driven in-process through MockMvc with the real
 * filters (authentication, body limit) and the real database. Invariant: never a 5xx, and no error body
 * carries a stack trace, an exception class, a Java package or SQL that the input did not carry itself.
 *
 * <p>In the normal test run (regression mode) each method runs once per seed in
 * {@code src/test/resources/com/huifang/hostile/ApiFuzzSpringTestInputs/<method>/}. Fuzzing mode, on demand:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=ApiFuzzSpringTest#jsonApis} (one method per run, for the annotation's
 * {@code maxDuration}); new findings land in that directory as seeds to keep.
 */
@AutoConfigureMockMvc
class ApiFuzzSpringTest extends SpringTestBase {

  static final List<String> JSON_APIS = List.of("/api/complaints", "/api/errands", "/api/warranties",
      "/api/mall/purchases", "/api/warranties/BX-20261123-0001/repairs", "/api/repairs");

  /** The reading endpoints, each building its URI from up to three fuzzed texts. */
  static final List<Function<String[], URI>> QUERY_APIS = List.of(
      p -> uri("/api/complaints/{x}", p[0]),
      p -> uri("/api/errands/{x}", p[0]),
      p -> uri("/api/repairs/{x}", p[0]),
      p -> uri("/api/owners/{x}", p[0]),
      p -> uri("/api/cases/{x}/attachments", p[0]),
      p -> uri("/api/tasks/{x}/case", p[0]),
      p -> UriComponentsBuilder.fromPath("/api/cases/{x}/attachments/{a}").buildAndExpand(p[0], p[1]).encode().toUri(),
      p -> UriComponentsBuilder.fromPath("/api/mall/merchants/{x}/scores").queryParam("month", "{m}")
          .buildAndExpand(p[0], p[1]).encode().toUri(),
      p -> period("/api/kpis", p),
      p -> period("/api/registers/complaints.xlsx", p),
      p -> period("/api/registers/revisits.xlsx", p));

  @Autowired MockMvc mvc;

  private static URI uri(String template, String value) {
    return UriComponentsBuilder.fromPath(template).buildAndExpand(value).encode().toUri();
  }

  private static URI period(String path, String[] p) {
    return UriComponentsBuilder.fromPath(path).queryParam("from", "{f}").queryParam("to", "{t}")
        .buildAndExpand(p[0], p[1]).encode().toUri();
  }

  private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
    String credentials = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return request.header(HttpHeaders.AUTHORIZATION, "Basic " + credentials);
  }

  /** The invariant: a 4xx at worst, and no internals in an error body. */
  private static void check(MvcResult result, String input) throws Exception {
    int status = result.getResponse().getStatus();
    String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    if (status >= 500) {
      throw new AssertionError("HTTP " + status + " for " + result.getRequest().getRequestURI() + ": " + body);
    }
    if (status >= 400) {
      for (String internal : HostileInputSpringTest.INTERNALS) {
        if (body.contains(internal) && !input.contains(internal)) {
          throw new AssertionError("error body leaks '" + internal + "': " + body);
        }
      }
    }
  }

  /** POST bodies to the JSON APIs: the first byte picks the API, the rest is the body. */
  @FuzzTest(maxDuration = "2m")
  void jsonApis(byte[] input) throws Exception {
    if (input.length == 0) {
      return;
    }
    String path = JSON_APIS.get((input[0] & 0xff) % JSON_APIS.size());
    byte[] body = Arrays.copyOfRange(input, 1, input.length);
    MvcResult result = mvc.perform(asAdmin(post(path)).contentType("application/json").content(body)).andReturn();
    check(result, new String(body, StandardCharsets.UTF_8));
  }

  /** Path variables and query parameters of the reading APIs: the first byte picks one, lines are the values. */
  @FuzzTest(maxDuration = "2m")
  void queryApis(byte[] input) throws Exception {
    if (input.length == 0) {
      return;
    }
    String text = new String(input, 1, input.length - 1, StandardCharsets.UTF_8);
    String[] values = Arrays.copyOf(text.split("\n", 3), 3);
    for (int i = 0; i < values.length; i++) {
      values[i] = values[i] == null ? "" : values[i];
    }
    URI uri = QUERY_APIS.get((input[0] & 0xff) % QUERY_APIS.size()).apply(values);
    check(mvc.perform(asAdmin(get(uri))).andReturn(), text);
  }

  /** The owner register's CSV import with any bytes. */
  @FuzzTest(maxDuration = "2m")
  void ownerImport(byte[] input) throws Exception {
    MvcResult result = mvc.perform(asAdmin(post("/api/owners/import")).contentType("text/csv").content(input))
        .andReturn();
    check(result, new String(input, StandardCharsets.UTF_8));
  }
}
