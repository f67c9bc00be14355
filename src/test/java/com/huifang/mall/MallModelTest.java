package com.huifang.mall;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The mall's constants name real elements of its models (no id spelled wrong in Java). */
class MallModelTest {

  @Test
  @DisplayName("every element id named in Mall.Elements and Mall.FormElements exists in its model")
  void constantsNameRealElements() throws IllegalAccessException {
    check(Mall.Elements.class, "processes/mall-service-feedback.bpmn");
    check(Mall.FormElements.class, "processes/mall-feedback-form.bpmn");
  }

  private static void check(Class<?> constants, String file) throws IllegalAccessException {
    var model = Bpmn.readModelFromFile(Path.of(file).toFile());
    int checked = 0;
    for (Field field : constants.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        String id = (String) field.get(null);
        assertThat((Object) model.getModelElementById(id)).as(file + " " + id).isNotNull();
        checked++;
      }
    }
    assertThat(checked).isPositive();
  }
}
