package com.huifang.complaint;

import static com.huifang.complaint.Complaint.Vars.*;

import com.huifang.complaint.Complaint.Department;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * C8, the {@code end} listener of the dispatch task: the departments the handler ticked (派工到…, one fixed row per
 * department), each with its own deadline, become the list the department multi-instance runs over
 * ({@link ComplaintSteps#dispatch}); the reports start empty.
 */
@Component("dispatchDepartmentsListener")
class DispatchDepartmentsListener implements ExecutionListener {

  private final ComplaintSteps steps;

  DispatchDepartmentsListener(ComplaintSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    Map<Department, ComplaintSteps.DispatchRow> rows = new EnumMap<>(Department.class);
    for (Department department : Department.values()) {
      rows.put(department, new ComplaintSteps.DispatchRow(execution.getVariable(department.dispatch().name()),
          execution.getVariable(department.due()), execution.getVariable(department.instructions().name())));
    }
    List<Map<String, String>> assignments = steps.dispatch(rows);
    execution.setVariable(DEPARTMENT_ASSIGNMENTS, assignments);
    execution.setVariable(DEPARTMENT_REPORTS, new ArrayList<String>());
    DEPARTMENT_REPORTS_TEXT.set(execution, ComplaintSteps.reportsTextBeforeWork(assignments));
  }
}
