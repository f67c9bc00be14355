package com.huifang.mall;

import com.huifang.engine.StartupStep;
import com.huifang.engine.StartupWork;
import com.huifang.engine.EngineClock;
import static com.huifang.mall.Mall.Vars.*;

import com.huifang.engine.HuifangProperties;
import com.huifang.engine.DemoCases;
import com.huifang.revisit.OwnerRevisit;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: two merchants on the staff register (华美地板 with shanghu 黄杰 and an uncertified 刘小军; 金盾门窗
 * with shanghu2 徐明), and five purchases at different stages: forms waiting for the merchant's service, a form
 * waiting at the desk, a form past its return deadline, a purchase revisited earlier whose forms wait for the
 * merchant's rectification and the desk's verification (one of each late, one of each due within the hour), and a
 * purchase whose three forms are already scored
 * (100, and zero twice: an uncertified server (M3), a merchant who did not register the customer (M2)).
 */
@Component
class DemoMall implements StartupWork {

  @Override
  public StartupStep step() {
    return StartupStep.DEMO_MALL;
  }

  static final String MERCHANT_A = "m01";
  static final String MERCHANT_B = "m02";

  private final MerchantRegister register;
  private final MerchantGroups groups;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final DemoCases demoCases;
  private final HuifangProperties properties;

  DemoMall(MerchantRegister register, MerchantGroups groups, RuntimeService runtime, TaskService tasks,
      DemoCases demoCases, HuifangProperties properties) {
    this.register = register;
    this.groups = groups;
    this.runtime = runtime;
    this.tasks = tasks;
    this.demoCases = demoCases;
    this.properties = properties;
  }

  @Override
  public void run() {
    if (!properties.demo().enabled()) {
      return;
    }
    if (register.merchant(MERCHANT_A).isEmpty()) {
      register.addMerchant(MERCHANT_A, "华美地板");
      register.addStaff(new MerchantRegister.Staff("S101", MERCHANT_A, "黄杰", true, "shanghu"));
      register.addStaff(new MerchantRegister.Staff("S103", MERCHANT_A, "刘小军", false, null));
    }
    if (register.merchant(MERCHANT_B).isEmpty()) {
      register.addMerchant(MERCHANT_B, "金盾门窗");
      register.addStaff(new MerchantRegister.Staff("S201", MERCHANT_B, "徐明", true, "shanghu2"));
    }
    groups.sync();
    if (!demoCases.toOpen(Mall.KEY)) {
      return;
    }
    LocalDate today = EngineClock.now().atZone(properties.zone()).toLocalDate();
    // waiting for 华美地板's measure and install (shanghu)
    purchase("王建国", "13800138000", "3栋2单元1101", List.of(
        line(MERCHANT_A, "实木复合地板 35㎡", List.of("measure", "install"), today.plusDays(2), true)));
    // 金盾门窗 delivered yesterday; the customer filled the form: the desk receives it (jiancai)
    ProcessInstance door = purchase("孙丽", "13600002222", "6栋1203", List.of(
        line(MERCHANT_B, "防盗门", List.of("deliver"), today.minusDays(1), true)));
    ProcessInstance doorForm = formOf(door, 1);
    serve(doorForm, "S201");
    customerFills(doorForm, "satisfied");
    // 金盾门窗's measure ten days ago was never returned: the deadline has passed (the job executor fires it)
    purchase("李明", "13700004444", "2栋801", List.of(
        line(MERCHANT_B, "断桥铝窗", List.of("measure"), today.minusDays(10), true)));
    // revisited earlier: 华美地板 must rectify a dissatisfied customer's floor, one case late (the revisit three days
    // ago) and one due within the hour; the desk must verify two forms, one a day late and one within the hour
    ProcessInstance revisited = purchase("赵明", "13700001111", "2栋1单元502", List.of(
        line(MERCHANT_A, "强化地板 20㎡", List.of("install", "measure"), today.minusDays(3), true),
        line(MERCHANT_B, "入户门", List.of("install", "deliver"), today.minusDays(2), true)));
    toRevisit(formOf(revisited, 1), "S101", "dissatisfied", "dissatisfied");
    demoCases.reachedEarlier(formOf(revisited, 1).getId(), Duration.ofDays(3));
    toRevisit(formOf(revisited, 2), "S101", "dissatisfied", "dissatisfied");
    demoCases.dueIn(formOf(revisited, 2).getId(), Duration.ofMinutes(40));
    toRevisit(formOf(revisited, 3), "S201", "satisfied", "satisfied");
    demoCases.reachedEarlier(formOf(revisited, 3).getId(), Duration.ofDays(2));
    toRevisit(formOf(revisited, 4), "S201", "satisfied", "satisfied");
    demoCases.dueIn(formOf(revisited, 4).getId(), Duration.ofMinutes(40));
    // five days ago, scored: 华美地板 delivered (100) and installed with an uncertified server (0); 金盾门窗 did not
    // bring the customer to the desk (0)
    ProcessInstance done = purchase("周杰", "13500003333", "8栋2单元601", List.of(
        line(MERCHANT_A, "瓷砖地板", List.of("deliver", "install"), today.minusDays(5), true),
        line(MERCHANT_B, "卫生间门", List.of("install"), today.minusDays(5), false)));
    runThrough(formOf(done, 1), "S101", "verySatisfied");
    runThrough(formOf(done, 2), "S103", "verySatisfied");
    runThrough(formOf(done, 3), "S201", "satisfied");
  }

  private static Map<String, Object> line(String merchant, String goods, List<String> services, LocalDate day,
      boolean registeredAtDesk) {
    return Map.of(PurchaseRegistration.LINE_MERCHANT, merchant, PurchaseRegistration.LINE_GOODS, goods,
        PurchaseRegistration.LINE_SERVICES, services, PurchaseRegistration.LINE_SERVICE_DATE, day.toString(),
        PurchaseRegistration.LINE_REGISTERED, registeredAtDesk);
  }

  private ProcessInstance purchase(String customer, String phone, String address, List<Map<String, Object>> lines) {
    return runtime.startProcessInstanceByKey(Mall.KEY, Variables.createVariables()
        .putValue(CARD_NUMBER.name(), "BX" + phone.substring(7)).putValue(CUSTOMER_NAME.name(), customer)
        .putValue(CUSTOMER_PHONE.name(), phone).putValue(ADDRESS.name(), address)
        .putValue(PURCHASE_LINES, new java.util.ArrayList<>(lines)).putValue("initiator", "jiancai")
        .putValue(HuifangProperties.Demo.MARKER, true));
  }

  private ProcessInstance formOf(ProcessInstance purchase, int index) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(Mall.FORM_KEY)
        .processInstanceBusinessKey("%s-%02d".formatted(purchase.getBusinessKey(), index)).singleResult();
  }

  private void complete(ProcessInstance pi, String activityId, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activityId).singleResult();
    tasks.complete(task.getId(), variables);
  }

  private void serve(ProcessInstance form, String staffId) {
    complete(form, Mall.FormElements.SERVE, Map.of(SERVER_STAFF_ID.name(), staffId, SERVICE_NOTE.name(), "按约上门服务"));
  }

  private void customerFills(ProcessInstance form, String rating) {
    complete(form, Mall.FormElements.CUSTOMER_FILLS, Map.of(CUSTOMER_RATING.name(), rating,
        CUSTOMER_SIGNATURE.name(), runtime.getVariable(form.getId(), CUSTOMER_NAME.name())));
  }

  private void runThrough(ProcessInstance form, String staffId, String rating) {
    toRevisit(form, staffId, rating, "satisfied");
    complete(form, Mall.FormElements.VERIFY, Map.of(SERVICE_COMPLETED_ANSWER, "yes", SIGNATURE_GENUINE_ANSWER, "yes",
        VERIFY_NOTE.name(), "电话回访顾客,确认本人签字"));
  }

  /** Served, filled in by the customer, returned to the desk and revisited by phone (R5). */
  private void toRevisit(ProcessInstance form, String staffId, String rating, String satisfaction) {
    serve(form, staffId);
    customerFills(form, rating);
    complete(form, Mall.FormElements.RECEIVE, Map.of());
    ProcessInstance revisit = runtime.createProcessInstanceQuery().superProcessInstanceId(form.getId()).singleResult();
    Task revisitTask = tasks.createTaskQuery().processInstanceId(revisit.getId()).singleResult();
    tasks.complete(revisitTask.getId(), Map.of(OwnerRevisit.Vars.METHOD.name(), "phone",
        OwnerRevisit.Vars.SATISFACTION.name(), satisfaction, OwnerRevisit.Vars.FIX_EFFECT.name(),
        "satisfied".equals(satisfaction) ? "服务到位" : "地板缝隙过大,踩上去有响声"));
  }
}
