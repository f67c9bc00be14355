package com.huifang.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** S1: the items are the return form's configuration. */
class SurveyItemsTest {

  @Test
  @DisplayName("S1 the shipped return form rates the seeds' six service areas")
  void shippedForm() throws Exception {
    try (InputStream form = getClass().getResourceAsStream("/forms/survey-return.form")) {
      assertThat(SurveyItems.fromForm(form)).containsExactly(new SurveyItem("customerService", "客户服务"),
          new SurveyItem("security", "安全秩序"), new SurveyItem("cleaning", "清洁卫生"), new SurveyItem("greening", "绿化"),
          new SurveyItem("maintenance", "工程维修"), new SurveyItem("charges", "收费"));
    }
  }

  @Test
  @DisplayName("S1 an item added in Modeler (inside a group too) is an item; one not rated with the four ratings is refused")
  void addedItem() throws Exception {
    String ratings = "[{\"label\":\"很满意\",\"value\":\"verySatisfied\"},{\"label\":\"满意\",\"value\":\"satisfied\"},"
        + "{\"label\":\"较满意\",\"value\":\"fairlySatisfied\"},{\"label\":\"不满意\",\"value\":\"dissatisfied\"}]";
    String form = "{\"components\":[{\"type\":\"textfield\",\"key\":\"returnUnit\"},{\"type\":\"group\",\"components\":["
        + "{\"type\":\"select\",\"key\":\"item_parking\",\"label\":\"停车管理\",\"values\":" + ratings + "}]}]}";
    assertThat(SurveyItems.fromForm(in(form))).containsExactly(new SurveyItem("parking", "停车管理"));
    String wrong = "{\"components\":[{\"type\":\"select\",\"key\":\"item_parking\",\"label\":\"停车管理\","
        + "\"values\":[{\"label\":\"好\",\"value\":\"good\"}]}]}";
    assertThatThrownBy(() -> SurveyItems.fromForm(in(wrong))).hasMessageContaining("item_parking");
    assertThatThrownBy(() -> SurveyItems.fromForm(in("{\"components\":[]}"))).hasMessageContaining("no rated item");
  }

  private static InputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
