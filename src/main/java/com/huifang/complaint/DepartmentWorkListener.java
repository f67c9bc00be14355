package com.huifang.complaint;

import static com.huifang.complaint.Complaint.Vars.*;

import com.huifang.engine.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * C8, on each department's task (one per department of the dispatch). At {@code start} it puts the
 * department, its deadline and the instructions on the task's own execution, with an empty result field,
 * so departments working in parallel never overwrite each other. At {@code end} the department must have
 * reported its result, which is added to the case's department reports for the handler and the log.
 */
@Component("departmentWorkListener")
class DepartmentWorkListener implements ExecutionListener {

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
    String result = DEPARTMENT_RESULT.get(execution);
    new InvalidInput().require(result != null && !result.isBlank(), DEPARTMENT_RESULT.name(), "请填写本部门的处理结果")
        .throwIfAny();
    DelegateExecution instance = execution.getProcessInstance();
    List<String> reports = new ArrayList<>();
    if (instance.getVariable(Complaint.Vars.DEPARTMENT_REPORTS) instanceof List<?> existing) {
      existing.forEach(item -> reports.add(String.valueOf(item)));
    }
    reports.add(execution.getVariable("departmentName") + ":" + result.trim());
    instance.setVariable(Complaint.Vars.DEPARTMENT_REPORTS, reports);
    DEPARTMENT_REPORTS_TEXT.set(instance, String.join("\n", reports));
  }
}
