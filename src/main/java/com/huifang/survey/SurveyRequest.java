package com.huifang.survey;

import com.huifang.engine.DateText;
import com.huifang.web.ApiRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * S1: a survey as {@code POST /api/surveys} starts it: the owner register's project, the year, and the last day
 * questionnaires are taken back ({@code 2026-12-31}). The issuing step checks the rest (households, office, one a year).
 */
@ApiRequest("顾客意见调查")
record SurveyRequest(
    @NotBlank(message = "请填写项目") @Size(max = 100, message = "项目名称过长(最多100字)") String project,
    @NotNull(message = YEAR_HINT) @Min(value = SurveyService.MIN_YEAR, message = YEAR_HINT)
    @Max(value = SurveyService.MAX_YEAR, message = YEAR_HINT) Integer year,
    @NotBlank(message = DEADLINE_HINT) @DateText(message = DEADLINE_HINT) String deadline) {

  static final String YEAR_HINT = "请填写年度(2000至2999之间的年份)";
  static final String DEADLINE_HINT = "请填写回收截止日期,格式如 2026-12-31";

  /** The start variables; the office is the project's, named so the case is born in it. */
  Map<String, Object> variables(String office) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(CustomerSurvey.Vars.PROJECT.name(), project.strip());
    variables.put(CustomerSurvey.Vars.YEAR, year);
    variables.put(CustomerSurvey.Vars.DEADLINE_INPUT, deadline.strip());
    if (office != null) {
      variables.put(com.huifang.engine.CaseTenants.OFFICE_ID, office);
    }
    return variables;
  }
}
