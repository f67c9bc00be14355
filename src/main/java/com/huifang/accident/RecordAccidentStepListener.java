package com.huifang.accident;

import static com.huifang.accident.Accident.Vars.*;

import com.huifang.engine.DateInput;
import com.huifang.engine.EngineClock;
import com.huifang.engine.HuifangProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing 赶到现场应急处理 and 事故善后上门回访: as the tasks' {@code end} execution listener it checks the record
 * ({@link AccidentSteps}) and refuses an incomplete one, which rolls the completion back and answers 400; as the
 * aftermath's {@code complete} task listener it notes who revisited (the assignee). A cancelled task is not checked.
 */
@Component("recordAccidentStepListener")
class RecordAccidentStepListener implements ExecutionListener, TaskListener {

  private final AccidentSteps steps;
  private final HuifangProperties properties;

  RecordAccidentStepListener(AccidentSteps steps, HuifangProperties properties) {
    this.steps = steps;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateTask task) {
    REVISITED_BY.set(task, task.getAssignee());
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    if (Accident.Elements.ON_SITE.equals(execution.getCurrentActivityId())) {
      var arrived = DateInput.parse(execution.getVariable(ARRIVED_AT_INPUT), properties.zone());
      var now = EngineClock.nowAsDate();
      steps.onSite(arrived, EMERGENCY_MEASURES.get(execution), now).throwIfAny();
      ARRIVED.set(execution, arrived.orElse(now));
    } else {
      steps.aftermath(AFTERMATH.get(execution), CAUSE.get(execution), SAFETY_ADVICE.get(execution),
          HAZARDS_CHECKED.get(execution), PREVENTIVE_MEASURES.get(execution), OWNER_SIGNED.get(execution),
          OWNER_ATTITUDE.get(execution), SATISFACTION.get(execution)).throwIfAny();
    }
  }
}
