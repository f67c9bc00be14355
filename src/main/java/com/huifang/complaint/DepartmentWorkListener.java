package com.huifang.complaint;

import static com.huifang.complaint.Complaint.Vars.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * C8, on each department's task (one per department of the dispatch). At {@code start} it puts the department, its
 * deadline and the instructions on the task's own execution, with an empty result field, so departments working in
 * parallel never overwrite each other. At {@code end} the department's result joins the case's reports
 * ({@link ComplaintSteps#reportDepartmentResult}) for the handler and the log.
 */
@Component("departmentWorkListener")
class DepartmentWorkListener implements ExecutionListener {

  private final ComplaintSteps steps;

  DepartmentWorkListener(ComplaintSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (EVENTNAME_START.equals(execution.getEventName())) {
      Map<?, ?> assignment = (Map<?, ?>) execution.getVariable("assignment");
      execution.setVariableLocal("departmentName", assignment.get("departmentName"));
      execution.setVariableLocal("departmentDue", assignment.get("due"));
      execution.setVariableLocal("departmentInstructions", assignment.get("instructions"));
      execution.setVariableLocal(DEPARTMENT_RESULT.name(), null);
      return;
    }
    if (execution.isCanceled()) {
      return;
    }
    DelegateExecution instance = execution.getProcessInstance();
    List<String> reports = steps.reportDepartmentResult(
        instance.getVariable(DEPARTMENT_REPORTS) instanceof List<?> existing ? existing : null,
        execution.getVariable("departmentName"), DEPARTMENT_RESULT.get(execution));
    instance.setVariable(DEPARTMENT_REPORTS, reports);
    DEPARTMENT_REPORTS_TEXT.set(instance, String.join("\n", reports));
  }
}
