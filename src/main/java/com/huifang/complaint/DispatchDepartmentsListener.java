package com.huifang.complaint;

import static com.huifang.complaint.Complaint.Vars.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huifang.config.HuifangProperties;
import com.huifang.identity.StaffGroup;
import com.huifang.process.DateInput;
import com.huifang.process.InvalidInput;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * C8, the {@code end} listener of the dispatch task: reads the departments the handler chose, each with its
 * own deadline, into the list the department multi-instance runs over. No department means the handler
 * resolves it alone. Blank rows (the form's empty first row) are ignored; half-filled rows are refused.
 */
@Component("dispatchDepartmentsListener")
class DispatchDepartmentsListener implements ExecutionListener {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HuifangProperties properties;

  DispatchDepartmentsListener(HuifangProperties properties) {
    this.properties = properties;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    Object raw = execution.getVariable(Complaint.Vars.DEPARTMENT_ROWS);
    List<Map<String, Object>> rows = rows(raw);
    InvalidInput invalid = new InvalidInput()
        .require(rows != null, Complaint.Vars.DEPARTMENT_ROWS, "责任部门列表格式不正确");
    invalid.throwIfAny();

    Date now = ClockUtil.getCurrentTime();
    Set<String> seen = new HashSet<>();
    List<Map<String, String>> assignments = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      String department = text(row.get("department"));
      Object dueValue = row.get("due");
      String instructions = text(row.get("instructions"));
      if (department.isEmpty() && text(dueValue).isEmpty() && instructions.isEmpty()) {
        continue;
      }
      String field = Complaint.Vars.DEPARTMENT_ROWS + "[" + (i + 1) + "]";
      Optional<StaffGroup> group = StaffGroup.byId(department).filter(g -> g.id().startsWith("dept-"));
      Optional<Date> due = DateInput.parse(dueValue, properties.zone());
      invalid.require(group.isPresent(), field + ".department", "第" + (i + 1) + "行:请选择责任部门")
          .require(group.isEmpty() || seen.add(department), field + ".department",
              "第" + (i + 1) + "行:" + group.map(StaffGroup::chineseName).orElse("") + "重复")
          .require(due.isPresent() && due.get().after(now), field + ".due", "第" + (i + 1) + "行:请填写今后的完成期限");
      if (group.isPresent() && due.isPresent()) {
        Map<String, String> assignment = new LinkedHashMap<>();
        assignment.put("department", department);
        assignment.put("departmentName", group.get().chineseName());
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

  /** The dynamic list as Tasklist sends it (a JSON value), as JSON text, or as a Java list; null when unreadable. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> rows(Object raw) {
    try {
      Object value = raw;
      if (value instanceof SpinJsonNode node) {
        value = JSON.readValue(node.toString(), List.class);
      } else if (value instanceof String text) {
        value = text.isBlank() ? List.of() : JSON.readValue(text, List.class);
      }
      if (value == null) {
        return List.of();
      }
      if (!(value instanceof Collection<?> items)) {
        return null;
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Object item : items) {
        if (!(item instanceof Map<?, ?> map)) {
          return null;
        }
        rows.add((Map<String, Object>) map);
      }
      return rows;
    } catch (JsonProcessingException | ClassCastException unreadable) {
      return null;
    }
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString().trim();
  }
}
