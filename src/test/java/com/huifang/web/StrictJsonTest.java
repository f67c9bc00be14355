package com.huifang.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The API's JSON reading: strict, but to the end. Every unknown field and every value of the wrong type of a body is
 * recorded with its path and a Chinese message, and the rest of the body is still read.
 */
class StrictJsonTest {

  record Line(String merchantId, List<String> services, Boolean registeredAtDesk) {}

  record Request(String name, Boolean anonymous, Integer years, @WrongType("应为文本数组") List<String> kinds,
      List<Line> lines) {}

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS).disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .addModule(StrictJson.strictScalars()).addHandler(new StrictJson.RecordProblems()).build();

  private static BodyProblems problems;

  private static Request read(String json) throws Exception {
    problems = new BodyProblems();
    return MAPPER.readerFor(Request.class).withAttribute(BodyProblems.ATTRIBUTE, problems).readValue(json);
  }

  @Test
  @DisplayName("a valid body is read as it is")
  void valid() throws Exception {
    Request request = read("""
        {"name":"王建国","anonymous":false,"years":2,"kinds":["tile"],
         "lines":[{"merchantId":"m01","services":["install"],"registeredAtDesk":true}]}""");
    assertThat(problems.problems()).isEmpty();
    assertThat(request).isEqualTo(new Request("王建国", false, 2, List.of("tile"),
        List.of(new Line("m01", List.of("install"), true))));
  }

  @Test
  @DisplayName("every problem of the body at once, each under its path; the good fields are still read")
  void everyProblemAtOnce() throws Exception {
    Request request = read("""
        {"name":42,"colour":"red","anonymous":"yes","years":1.5,"kinds":"tile",
         "lines":[{"merchantId":{"$ne":null},"services":[1],"x":1},[],7]}""");
    assertThat(problems.problems())
        .containsEntry("name", "应为文本")
        .containsEntry("colour", "未知字段")
        .containsEntry("anonymous", "应为 true 或 false")
        .containsEntry("years", "应为整数")
        .containsEntry("kinds", "应为文本数组")
        .containsEntry("lines[0].merchantId", "应为文本")
        .containsEntry("lines[0].services[0]", "应为文本")
        .containsEntry("lines[0].x", "未知字段")
        .containsEntry("lines[1]", "应为JSON对象")
        .containsEntry("lines[2]", "应为JSON对象");
    assertThat(request.lines()).hasSize(3);
  }

  @Test
  @DisplayName("no silent coercion: a number out of an int's range, and text for a number, are refused")
  void noCoercion() throws Exception {
    read("{\"years\":2147483648,\"anonymous\":1}");
    assertThat(problems.problems()).containsEntry("years", "数值超出范围").containsEntry("anonymous", "应为 true 或 false");
    read("{\"years\":\"2\"}");
    assertThat(problems.problems()).containsEntry("years", "应为整数");
  }

  @Test
  @DisplayName("a body that is not an object is not read at all, and outside a request a problem fails the read")
  void notAnObject() {
    assertThatThrownBy(() -> read("[1,2]")).isInstanceOf(MismatchedInputException.class);
    assertThatThrownBy(() -> MAPPER.readValue("{\"name\":42}", Request.class))
        .isInstanceOf(MismatchedInputException.class);
  }
}
