package com.huifang.warranty;

import com.huifang.engine.StartupStep;
import com.huifang.engine.StartupWork;
import com.huifang.engine.EngineClock;
import static com.huifang.warranty.Warranty.Vars.*;

import com.huifang.engine.HuifangProperties;
import com.huifang.engine.DemoCases;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: three renovation warranties handed over 50 days, 5 months and 13 months ago, so the repair
 * service department (weixiu) sees a tile revisit coming up, an on-site revisit next month, revisits of a late
 * registration overdue since their own dates (W2–W5, 已超时), one repair waiting for a technician and one whose
 * inspection is booked within the hour (W6, 即将超时). Opened once per database.
 */
@Component
class DemoWarranties implements StartupWork {

  @Override
  public StartupStep step() {
    return StartupStep.DEMO_WARRANTIES;
  }

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final DemoCases demoCases;
  private final HuifangProperties properties;

  DemoWarranties(RuntimeService runtime, TaskService tasks, DemoCases demoCases, HuifangProperties properties) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.demoCases = demoCases;
    this.properties = properties;
  }

  @Override
  public void run() {
    if (!demoCases.toOpen(Warranty.KEY)) {
      return;
    }
    ZonedDateTime now = EngineClock.now().atZone(properties.zone());
    LocalDate today = now.toLocalDate();
    ProcessInstance recent = register("3栋2单元1101 室内装饰工程", "王建国", "3栋2单元1101", "13800138000",
        today.minusDays(50), List.of("tile", "wood", "electrical"));
    ProcessInstance villa = register("6栋1203 室内装饰工程", "孙丽", "6栋1203", "13600002222", today.minusMonths(5),
        List.of("wood", "stone", "glass", "paint"));
    register("8栋2单元601 厨卫翻新工程", "周杰", "8栋2单元601", "13500003333", today.minusMonths(13),
        List.of("tile", "electrical"));
    runtime.createMessageCorrelation(Warranty.REPAIR_MESSAGE).processInstanceId(villa.getId())
        .setVariable(FAULT_DESCRIPTION.name(), "主卧衣柜门变形,关不严").correlateWithResult();
    // a repair whose technician is booked with the owner for 40 minutes from now: its inspection is due then
    runtime.createMessageCorrelation(Warranty.REPAIR_MESSAGE).processInstanceId(recent.getId())
        .setVariable(FAULT_DESCRIPTION.name(), "卫生间地漏返味").correlateWithResult();
    ProcessInstance drain = runtime.createProcessInstanceQuery().processDefinitionKey(Warranty.REPAIR_KEY)
        .superProcessInstanceId(recent.getId()).singleResult();
    Task dispatch = tasks.createTaskQuery().processInstanceId(drain.getId())
        .taskDefinitionKey(Warranty.RepairElements.DISPATCH).singleResult();
    tasks.complete(dispatch.getId(), Variables.createVariables().putValue(TECHNICIAN.name(), "郭亮")
        .putValue("visitAt", now.plusMinutes(40).truncatedTo(ChronoUnit.MINUTES)
            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
  }

  private ProcessInstance register(String project, String owner, String unit, String phone, LocalDate handover,
      List<String> work) {
    return runtime.startProcessInstanceByKey(Warranty.KEY, Variables.createVariables()
        .putValue(PROJECT_NAME.name(), project).putValue(OWNER_NAME.name(), owner).putValue(UNIT.name(), unit)
        .putValue(OWNER_PHONE.name(), phone).putValue(HANDOVER_DATE, handover.toString())
        .putValue(WORK_KINDS, String.join(",", work)).putValue("initiator", "weixiu")
        .putValue(HuifangProperties.Demo.MARKER, true));
  }
}
