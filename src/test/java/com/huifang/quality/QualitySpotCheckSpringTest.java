package com.huifang.quality;

import com.huifang.office.OfficeRegister;
import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.SpringTestBase;
import com.huifang.complaint.Complaint;
import com.huifang.repair.Repair;
import com.huifang.revisit.OwnerRevisit;
import com.huifang.warranty.Warranty;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * K4, P5 on the running application: the month's repair orders come from real property repair requests (and
 * not from warranty repairs or complaint dispatches), and the spot check starts real owner revisits. Each run uses a far-future month of its own.
 */
class QualitySpotCheckSpringTest extends SpringTestBase {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Autowired QualitySpotCheckService spotChecks;

  private final String run = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
  /** Everything this test starts, ended afterwards: on PostgreSQL other suites count open tasks. */
  private final List<String> started = new ArrayList<>();

  @AfterEach
  void endWhatWasStarted() {
    for (String id : started) {
      if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() > 0) {
        engine.getRuntimeService().deleteProcessInstance(id, "测试结束");
      }
    }
  }

  private ProcessInstance keep(ProcessInstance pi) {
    started.add(pi.getId());
    return pi;
  }

  private void clockAt(YearMonth month, int day, int hour) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(month.getYear(), month.getMonth(), day, hour, 0)
        .atZone(ZONE).toInstant()));
  }

  @Test
  @DisplayName("K4 P5 last month's repair orders of property repairs are drawn, 30 % rounded up, and revisited, never twice; warranty repairs and complaint dispatches are not drawn")
  void spotCheckOfRealRepairOrders() {
    YearMonth month = YearMonth.of(2200, 1).plusMonths(ThreadLocalRandom.current().nextInt(0, 9_000));
    clockAt(month.minusMonths(1), 28, 10);
    String continued = propertyRepair("continued", true); // its order was written the month before
    clockAt(month, 10, 10);
    completeWorkOrder(continued); // a second visit on last month's order: not this month's order
    String r1 = propertyRepair("1", true);
    String r2 = propertyRepair("2", true);
    String r3 = propertyRepair("3", true);
    String r4 = propertyRepair("4", true);
    propertyRepair("no-visit-yet", false); // received, no 维修申请单 yet
    warrantyRepair("w"); // W6: keeps its own revisits
    dispatch(false, Complaint.Department.ENGINEERING); // C11: the complaint is revisited on its own
    clockAt(month.plusMonths(1), 2, 10);
    propertyRepair("next-month", true);

    List<RepairOrder> orders = spotChecks.repairOrders(month, null);
    // issue 27: each office's spot check draws its own office's orders only
    assertThat(spotChecks.repairOrders(month, OfficeRegister.DEFAULT_OFFICE)).extracting(RepairOrder::id)
        .containsExactlyInAnyOrder(r1, r2, r3, r4);
    assertThat(spotChecks.repairOrders(month, "no-such-office")).isEmpty();
    assertThat(orders).extracting(RepairOrder::id).containsExactlyInAnyOrder(r1, r2, r3, r4);
    assertThat(orders).filteredOn(o -> o.id().equals(r1)).singleElement().satisfies(o -> {
      assertThat(o.kind()).isEqualTo(RepairOrder.PROPERTY_REPAIR);
      assertThat(o.caseNumber()).startsWith("WX-");
      assertThat(o.ownerName()).isEqualTo("王建国");
      assertThat(o.subject()).isEqualTo("维修质量抽查回访:水管漏水" + run + "-1");
    });

    // on the first of the next month (started here by hand: the timer is set for this real month)
    clockAt(month.plusMonths(1), 1, 12);
    ProcessInstance first = keep(engine.getRuntimeService().startProcessInstanceByMessage(QualitySpotCheck.OFFICE_CHECK_MESSAGE));
    Map<String, Object> vars = engine.getRuntimeService().getVariables(first.getId());
    assertThat(vars).containsEntry(QualitySpotCheck.Vars.MONTH.name(), month.toString())
        .containsEntry(QualitySpotCheck.Vars.DRAWN_COUNT.name(), 2); // 30 % of 4, rounded up
    List<String> population = ids(vars.get(QualitySpotCheck.Vars.POPULATION.name()));
    List<String> drawn = ids(vars.get(QualitySpotCheck.Vars.DRAWN.name()));
    assertThat(population).containsExactlyInAnyOrder(r1, r2, r3, r4);
    assertThat(SpotCheckSample.draw(population, (Long) vars.get(QualitySpotCheck.Vars.SEED.name()))).isEqualTo(drawn);
    List<ProcessInstance> revisits = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(first.getId()).list();
    assertThat(revisits).hasSize(2);
    for (ProcessInstance revisit : revisits) {
      assertThat(revisit.getBusinessKey()).startsWith("WX-");
      assertThat(engine.getRuntimeService().getVariable(revisit.getId(), OwnerRevisit.Vars.CATEGORY.name()))
          .isEqualTo(QualitySpotCheck.REVISIT_CATEGORY);
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(revisit.getId()).singleResult();
      assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
          .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("customer-service"));
    }

    // a second spot check of the same month draws only from the orders not drawn yet
    ProcessInstance second = keep(engine.getRuntimeService().startProcessInstanceByMessage(QualitySpotCheck.OFFICE_CHECK_MESSAGE));
    List<String> secondPopulation = ids(engine.getRuntimeService().getVariable(second.getId(),
        QualitySpotCheck.Vars.POPULATION.name()));
    List<String> secondDrawn = ids(engine.getRuntimeService().getVariable(second.getId(),
        QualitySpotCheck.Vars.DRAWN.name()));
    assertThat(secondPopulation).hasSize(2).doesNotContainAnyElementsOf(drawn);
    assertThat(secondDrawn).hasSize(1).doesNotContainAnyElementsOf(drawn);
  }

  /** A property repair request taken by day, the technician on site; with its first 维修申请单 visit recorded, or not yet. */
  private String propertyRepair(String suffix, boolean workOrder) {
    ProcessInstance pi = keep(engine.getRuntimeService().startProcessInstanceByKey(Repair.KEY, Variables.createVariables()
        .putValue("channel", "hotline").putValue("ownerName", "王建国").putValue("unit", "3栋1101")
        .putValue("ownerPhone", "13800138000").putValue("place", "indoor").putValue("faultKind", "water")
        .putValue("description", "水管漏水" + run + "-" + suffix).putValue("urgency", "urgent")
        .putValue("initiator", "kefu")));
    complete(pi, Repair.Elements.ARRIVE, Map.of("technician", "郭亮", "findings", "软管老化"));
    if (workOrder) {
      completeWorkOrder(pi.getId());
    }
    return pi.getId();
  }

  private void completeWorkOrder(String processInstanceId) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(Repair.Elements.WORK_ORDER).singleResult();
    engine.getTaskService().complete(task.getId(), Map.of("workDone", "更换软管", "labour", "1人0.5小时", "fixed", false));
  }

  private static List<String> ids(Object commaSeparated) {
    return Arrays.asList(((String) commaSeparated).split(","));
  }

  /** A warranty repair reported after the warranty (started on its own, as WarrantyService does). */
  private ProcessInstance warrantyRepair(String suffix) {
    return keep(engine.getRuntimeService().startProcessInstanceByKey(Warranty.REPAIR_KEY, "BX-" + run + "-" + suffix,
        Variables.createVariables().putValue(Warranty.Vars.OWNER_NAME.name(), "王建国")
            .putValue(Warranty.Vars.UNIT.name(), "3栋1101").putValue(Warranty.Vars.OWNER_PHONE.name(), "13800138000")
            .putValue(Warranty.Vars.FAULT_DESCRIPTION.name(), "衣柜门变形")));
  }

  /** A complaint answered and dispatched to the departments; the id of the engineering department's work. */
  private String dispatch(boolean anonymous, Complaint.Department... departments) {
    VariableMap vars = Variables.createVariables().putValue("channel", "hotline").putValue("complaintType", "complaint")
        .putValue("description", "楼顶漏水" + run).putValue("firstContact", "kefu").putValue("anonymous", anonymous);
    if (!anonymous) {
      vars.putValue("ownerName", "李华").putValue("unit", "5栋201");
    }
    ProcessInstance pi = keep(engine.getRuntimeService().startProcessInstanceByKey(Complaint.KEY, vars));
    complete(pi, Complaint.Elements.CLASSIFY, Map.of("severity", "general", "overrideReason", "确认"));
    complete(pi, Complaint.Elements.ANSWER_OWNER, Map.of("answerContent", "已安排检修"));
    String due = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE).plusHours(4).atZone(ZONE)
        .toOffsetDateTime().toString();
    Map<String, Object> dispatched = new HashMap<>();
    for (Complaint.Department department : departments) {
      dispatched.putAll(department.dispatched(due, "查明原因并修复"));
    }
    complete(pi, Complaint.Elements.DISPATCH, dispatched);
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(Complaint.Elements.DEPARTMENT_WORK).taskCandidateGroup("dept-engineering")
        .singleResult().getId();
  }

  private void complete(ProcessInstance pi, String activityId, Map<String, Object> vars) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(activityId).singleResult();
    engine.getTaskService().complete(task.getId(), vars);
  }
}
