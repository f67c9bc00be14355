package com.huifang.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.engine.CsvRows;
import com.huifang.engine.EngineClock;
import com.huifang.ProcessTests;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** S1: returns imported from a spreadsheet, line by line, all or nothing. */
class SurveyImportTest {

  private SurveyFixtures survey;
  private String number;

  @BeforeEach
  void issue() {
    EngineClock.setTo(ProcessTests.NOW);
    survey = new SurveyFixtures("20261123").households(SurveyFixtures.PROJECT, 4);
    number = survey.service.start(SurveyFixtures.PROJECT, 2026, "2026-12-31", null, "jingli",
        List.of(new SurveyItem("security", "安全秩序"), new SurveyItem("charges", "收费"))).number();
  }

  @AfterEach
  void resume() {
    EngineClock.resume();
  }

  private static List<CsvRows.Row> csv(String text) {
    return CsvRows.read(new StringReader(text));
  }

  @Test
  @DisplayName("S1 a spreadsheet of returns (房号, items by label, 意见) is recorded, ratings as labels or ids")
  void imports() {
    assertThat(survey.service.importReturns(number, csv("房号,安全秩序,收费,意见\n1栋101,很满意,不满意,物业费贵\n"
        + "1栋102,satisfied,,\n"), "kefu")).isEmpty();
    List<Questionnaire> q = survey.register.questionnaires(number);
    assertThat(q.get(0).answers()).containsEntry("security", "verySatisfied").containsEntry("charges", "dissatisfied");
    assertThat(q.get(0).opinion()).isEqualTo("物业费贵");
    assertThat(q.get(0).source()).isEqualTo(Questionnaire.FROM_SPREADSHEET);
    assertThat(q.get(1).answers()).containsOnlyKeys("security");
    assertThat(survey.service.progress(number).returned()).isEqualTo(2);
  }

  @Test
  @DisplayName("S1 an import names every wrong line (stranger, repeat, bad rating, empty) and records nothing")
  void refusesLineByLine() {
    survey.service.importReturns(number, csv("房号,收费\n1栋104,满意\n"), "kefu");
    List<SurveyService.LineError> errors = survey.service.importReturns(number, csv("房号,安全秩序,收费,意见\n"
        + "1栋101,很满意,满意,\n9栋901,满意,满意,\n1栋102,还行,满意,\n1栋103,,,\n1栋101,满意,满意,\n1栋104,满意,满意,\n"),
        "kefu");
    assertThat(errors).extracting(SurveyService.LineError::line).containsExactly(3, 4, 5, 6, 7);
    assertThat(errors.get(0).message()).contains("不是项目");
    assertThat(errors.get(1).message()).contains("还行");
    assertThat(errors.get(2).message()).contains("未填写");
    assertThat(errors.get(3).message()).contains("重复");
    assertThat(errors.get(4).message()).contains("已回收登记");
    assertThat(survey.service.progress(number).returned()).isEqualTo(1);
    assertThat(survey.service.importReturns(number, csv("单元,安全秩序,停车\n"), "kefu"))
        .extracting(SurveyService.LineError::message).containsExactly("表头缺少“房号”列", "表头“单元”不是本次调查的评价项目",
            "表头“停车”不是本次调查的评价项目");
  }
}
