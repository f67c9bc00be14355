package com.huifang.survey;

import static com.huifang.survey.CustomerSurvey.Vars.*;

import com.huifang.engine.EngineUsers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * S1 发放问卷: checks the start, numbers the survey (its business key) and issues one questionnaire per household of
 * the owner register with the items of the deployed return form ({@link SurveyItems}).
 */
@Component("issueQuestionnairesDelegate")
class IssueQuestionnairesDelegate implements JavaDelegate {

  private final SurveyService surveys;
  private final SurveyItems items;

  IssueQuestionnairesDelegate(SurveyService surveys, SurveyItems items) {
    this.surveys = surveys;
    this.items = items;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object initiator = execution.getVariable("initiator");
    String startedBy = initiator instanceof String id ? id
        : EngineUsers.current(execution.getProcessEngineServices().getIdentityService())
            .map(EngineUsers.Caller::userId).orElse(null);
    SurveyService.Start start = surveys.check(PROJECT.raw(execution), execution.getVariable(YEAR),
        execution.getVariable(DEADLINE_INPUT));
    SurveyService.Started started = surveys.start(start.project(), start.year(), start.deadline().toString(),
        execution.getTenantId(), startedBy, items.ofDefinition(execution.getProcessDefinitionId()));
    execution.setProcessBusinessKey(started.number());
    NUMBER.set(execution, started.number());
    CASE_NUMBER.set(execution, started.number()); // Tasklist's 案件编号 column (identity/TaskListColumns)
    PROJECT.set(execution, start.project());
    execution.setVariable(YEAR, start.year());
    CLOSES_AT.set(execution, started.closesAt());
    REMINDER_AT.set(execution, started.reminderAt());
    HOUSEHOLDS.set(execution, started.households());
    RETURNED.set(execution, 0);
    RETURN_RATE_TEXT.set(execution, new SurveyService.Progress(0, started.households()).text());
    ALL_RETURNED.set(execution, false);
  }
}
