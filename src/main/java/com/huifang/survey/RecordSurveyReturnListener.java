package com.huifang.survey;

import static com.huifang.survey.CustomerSurvey.Vars.*;

import com.huifang.engine.EngineUsers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * S1 登记回收问卷: records the household's returned questionnaire in the survey register (refused in Chinese for a unit
 * not surveyed or already returned), updates the progress, and clears the form's fields so that the next household's
 * task starts empty.
 */
/* Runs as the task's end execution listener: the engine wraps a task listener's exception, which would turn a
 * refused form into a 500. */
@Component("recordSurveyReturnListener")
class RecordSurveyReturnListener implements ExecutionListener {

  private final SurveyService surveys;

  RecordSurveyReturnListener(SurveyService surveys) {
    this.surveys = surveys;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // the deadline interrupted the task: nothing was submitted
    }
    Map<String, Object> items = new LinkedHashMap<>();
    execution.getVariables().forEach((name, value) -> {
      if (name.startsWith(CustomerSurvey.ITEM_PREFIX)) {
        items.put(name, value);
      }
    });
    String by = EngineUsers.current(execution.getProcessEngineServices().getIdentityService())
        .map(EngineUsers.Caller::userId).orElse(null);
    SurveyService.Progress progress = surveys.recordReturn(NUMBER.get(execution), RETURN_UNIT.text(execution), items,
        RETURN_OPINION.text(execution), by, Questionnaire.FROM_TASKLIST);
    RETURNED.set(execution, progress.returned());
    RETURN_RATE_TEXT.set(execution, progress.text());
    ALL_RETURNED.set(execution, progress.all());
    execution.removeVariables(items.keySet());
    execution.removeVariables(List.of(RETURN_UNIT.name(), RETURN_OPINION.name()));
  }
}
