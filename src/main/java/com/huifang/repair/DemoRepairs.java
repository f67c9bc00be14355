package com.huifang.repair;

import static com.huifang.repair.Repair.Vars.*;

import com.huifang.engine.DemoCases;
import com.huifang.engine.HuifangProperties;
import com.huifang.engine.StartupStep;
import com.huifang.engine.StartupWork;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: five repair requests of the demo owners at different stages, so each role has repair work after
 * {@code mvn spring-boot:run}: a burst pipe taken 10 minutes ago (engineering on site within 20 minutes, 即将超时); a
 * stairwell light taken 26 hours ago with nobody on site (已超时 for engineering, and the duty supervisor's 督促 as soon
 * as the job executor runs); a chargeable tap replacement (60.00 yuan agreed) on its work order; a fixed door closer
 * whose record customer service checks; and a repaired socket waiting for its revisit. A request taken outside office
 * hours is first recorded by the control center, as the process does at night. Opened once per database.
 */
@Component
class DemoRepairs implements StartupWork {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final DemoCases demoCases;
  private final RepairSteps steps;

  DemoRepairs(RuntimeService runtime, TaskService tasks, DemoCases demoCases, RepairSteps steps) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.demoCases = demoCases;
    this.steps = steps;
  }

  @Override
  public StartupStep step() {
    return StartupStep.DEMO_REPAIRS;
  }

  @Override
  public void run() {
    if (!demoCases.toOpen(Repair.KEY)) {
      return;
    }
    ProcessInstance pipe = receive("王建国", "3栋2单元1101", "indoor", "water", "urgent", "厨房进水管爆裂,水漫地面");
    takenEarlier(pipe, Duration.ofMinutes(10));

    ProcessInstance light = receive("李华", "5栋201", "public", "facility", "ordinary", "5栋2单元楼道3楼灯不亮");
    takenEarlier(light, Duration.ofHours(26)); // 24 hours to be on site: 2 hours late

    ProcessInstance tap = receive("孙丽", "6栋1203", "indoor", "water", "ordinary", "卫生间水龙头关不紧,要求更换");
    complete(tap, Repair.Elements.ARRIVE, Map.of(TECHNICIAN.name(), "郭亮", FINDINGS.name(), "水龙头阀芯磨损,需整体更换",
        CHARGEABLE.name(), true, AGREED_PRICE.name(), "60.00", PRICE_AGREED_WITH_OWNER.name(), true));

    ProcessInstance door = receive("周杰", "8栋2单元601", "indoor", "doorWindow", "ordinary", "入户门闭门器失灵");
    complete(door, Repair.Elements.ARRIVE, Map.of(TECHNICIAN.name(), "郭亮", FINDINGS.name(), "闭门器漏油"));
    workOrder(door, "更换闭门器", "闭门器 1 个");

    ProcessInstance socket = receive("王建国", "3栋2单元1101", "indoor", "power", "urgent", "客厅插座跳闸");
    complete(socket, Repair.Elements.ARRIVE, Map.of(TECHNICIAN.name(), "陈刚", FINDINGS.name(), "插座进水短路"));
    workOrder(socket, "更换插座并做防水处理", "五孔插座 1 个");
    complete(socket, Repair.Elements.CHECK_RECORD, Map.of(RECORD_SOLVED.name(), true));
  }

  private ProcessInstance receive(String owner, String unit, String place, String kind, String urgency,
      String description) {
    VariableMap intake = Variables.createVariables().putValue(CHANNEL.name(), "hotline").putValue(OWNER_NAME.name(), owner)
        .putValue(UNIT.name(), unit).putValue(PLACE.name(), place).putValue(FAULT_KIND.name(), kind)
        .putValue(URGENCY.name(), urgency).putValue(DESCRIPTION.name(), description).putValue("initiator", "kefu")
        .putValue(HuifangProperties.Demo.MARKER, true);
    ProcessInstance pi = runtime.startProcessInstanceByKey(Repair.KEY, intake);
    Task night = task(pi, Repair.Elements.NIGHT_INTAKE);
    if (night != null) {
      tasks.complete(night.getId(), Map.of(NIGHT_DISPOSAL.name(), "已通知值班维修人员"));
    }
    return pi;
  }

  /** The request came in {@code ago} earlier: its receipt, response deadline, timers and task due dates move back. */
  private void takenEarlier(ProcessInstance pi, Duration ago) {
    demoCases.reachedEarlier(pi.getId(), ago);
    for (var variable : java.util.List.of(RECEIVED_AT, RESPONSE_DUE, MANAGER_ESCALATION_DUE)) {
      Date at = (Date) runtime.getVariable(pi.getId(), variable.name());
      runtime.setVariable(pi.getId(), variable.name(), Date.from(at.toInstant().minus(ago)));
    }
    runtime.setVariable(pi.getId(), RECEIVED_AT_TEXT.name(),
        steps.shown((Date) runtime.getVariable(pi.getId(), RECEIVED_AT.name())));
    runtime.setVariable(pi.getId(), RESPONSE_DUE_TEXT.name(),
        steps.shown((Date) runtime.getVariable(pi.getId(), RESPONSE_DUE.name())));
  }

  private void workOrder(ProcessInstance pi, String work, String materials) {
    complete(pi, Repair.Elements.WORK_ORDER, Map.of(WORK_DONE.name(), work, MATERIALS.name(), materials,
        LABOUR.name(), "1人1小时", FIXED.name(), true, OWNER_SIGNED.name(), true));
  }

  private void complete(ProcessInstance pi, String activityId, Map<String, Object> variables) {
    tasks.complete(task(pi, activityId).getId(), variables);
  }

  private Task task(ProcessInstance pi, String activityId) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activityId).singleResult();
  }
}
