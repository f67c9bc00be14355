package com.huifang.complaint;

import com.huifang.engine.EngineClock;
import static com.huifang.complaint.Complaint.Vars.*;

import com.huifang.complaint.Complaint.Department;
import com.huifang.engine.HuifangProperties;
import com.huifang.engine.DateInput;
import com.huifang.engine.InvalidInput;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * C8, the {@code end} listener of the dispatch task: reads the departments the handler ticked (派工到…, one fixed
 * row per department), each with its own deadline, into the list the department multi-instance runs over. No
 * department ticked means the handler resolves it alone. A ticked department needs a deadline in the future; the
 * deadline and instructions of a department not ticked are ignored (the form hides them).
 */
@Component("dispatchDepartmentsListener")
class DispatchDepartmentsListener implements ExecutionListener {

  private final HuifangProperties properties;

  DispatchDepartmentsListener(HuifangProperties properties) {
    this.properties = properties;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    Date now = EngineClock.nowAsDate();
    InvalidInput invalid = new InvalidInput();
    List<Map<String, String>> assignments = new ArrayList<>();
    for (Department department : Department.values()) {
      String name = department.group().chineseName();
      Object ticked = execution.getVariable(department.dispatch().name());
      invalid.require(ticked == null || ticked instanceof Boolean, department.dispatch().name(),
          "派工到" + name + ":应为勾选或不勾选");
      if (!Boolean.TRUE.equals(ticked)) {
        continue;
      }
      Optional<Date> due = DateInput.parse(execution.getVariable(department.due()), properties.zone());
      invalid.require(due.isPresent() && due.get().after(now), department.due(), name + ":请填写今后的完成期限");
      if (due.isPresent()) {
        String instructions = execution.getVariable(department.instructions().name()) instanceof String text ? text.trim() : "";
        Map<String, String> assignment = new LinkedHashMap<>();
        assignment.put("department", department.group().id());
        assignment.put("departmentName", name);
        assignment.put("due", OffsetDateTime.ofInstant(due.get().toInstant(), properties.zone()).toString());
        assignment.put("instructions", instructions);
        assignments.add(assignment);
      }
    }
    invalid.throwIfAny();
    execution.setVariable(Complaint.Vars.DEPARTMENT_ASSIGNMENTS, assignments);
    execution.setVariable(Complaint.Vars.DEPARTMENT_REPORTS, new ArrayList<String>());
    DEPARTMENT_REPORTS_TEXT.set(execution, assignments.isEmpty() ? "未派工,由处理人直接处理" : "");
  }
}
