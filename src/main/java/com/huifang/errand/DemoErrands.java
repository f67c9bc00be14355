package com.huifang.errand;

import com.huifang.engine.StartupStep;
import com.huifang.engine.StartupWork;
import com.huifang.engine.EngineClock;
import static com.huifang.errand.Errand.Elements.*;

import com.huifang.engine.HuifangProperties;
import com.huifang.engine.DemoCases;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: six errands at different stages, so the customer-service center (kefu) and the duty
 * supervisor (zhuguan) have work: a birthday cake just taken (委托单 to fill), a birthday cake waiting for
 * the supervisor (上报当值主管), one taken yesterday that the supervisor was never told of (已超时), a flower basket for an owner in hospital (致电业主), a cake delivered with
 * 31.50 yuan to refund (结算), and a cake whose promised delivery time passes two minutes after start, so
 * the supervisor then gets 督促送达. Opened once per database.
 */
@Component
class DemoErrands implements StartupWork {

  @Override
  public StartupStep step() {
    return StartupStep.DEMO_ERRANDS;
  }

  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final DemoCases demoCases;
  private final HuifangProperties properties;

  DemoErrands(RuntimeService runtime, TaskService tasks, DemoCases demoCases, HuifangProperties properties) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.demoCases = demoCases;
    this.properties = properties;
  }

  @Override
  public void run() {
    if (!demoCases.toOpen(Errand.KEY)) {
      return;
    }
    ZonedDateTime now = EngineClock.now().atZone(properties.zone());
    String tomorrowEvening = ISO.format(LocalDate.from(now).plusDays(1).atTime(18, 0).atZone(properties.zone()));

    start(cake("王建国", "3栋2单元1101", "13800138000", "birthday", tomorrowEvening, "268"));

    ProcessInstance forSupervisor = start(cake("李红", "5栋702", "13700001111", "birthday", tomorrowEvening, "198"));
    entrustAndDeposit(forSupervisor, "198");

    start(Variables.createVariables().putValue("errandType", "flowerBasket").putValue("ownerName", "孙丽")
        .putValue("unit", "6栋1203").putValue("ownerPhone", "13600002222").putValue("recipientName", "孙丽")
        .putValue("recipientPhone", "13600002222").putValue(Errand.Vars.DELIVERY_TIME, tomorrowEvening)
        .putValue("estimatedCost", "0").putValue("occasion", "illness").putValue("inHospital", true)
        .putValue("hospital", "市第一人民医院 3病区12床"));

    // taken yesterday, the deposit paid, and the duty supervisor still not told: a day's step, late (已超时)
    ProcessInstance notReported = start(cake("陈晓", "5栋801", "13912345678", "birthday", tomorrowEvening, "238"));
    entrustAndDeposit(notReported, "240");
    demoCases.reachedEarlier(notReported.getId(), Duration.ofHours(26));

    ProcessInstance toSettle = start(cake("周杰", "8栋2单元601", "13500003333", "celebration", tomorrowEvening, "168.50"));
    entrustAndDeposit(toSettle, "200");
    complete(toSettle, INFORM_SUPERVISOR, Map.of("supervisorAcknowledged", true));
    order(toSettle, "168.50");
    complete(toSettle, DELIVER, Map.of("signedBy", "周杰", "recipientSigned", true, "wishesConveyed", true));

    String inTwoMinutes = ISO.format(now.plusMinutes(2).truncatedTo(ChronoUnit.SECONDS));
    ProcessInstance late = start(cake("吴敏", "2栋1101", "13300004444", "other", inTwoMinutes, "128"));
    entrustAndDeposit(late, "150");
    complete(late, INFORM_SUPERVISOR, Map.of("supervisorAcknowledged", true));
    order(late, "128");
  }

  private static VariableMap cake(String owner, String unit, String phone, String purpose, String deliveryTime,
      String estimate) {
    return Variables.createVariables().putValue("errandType", "cake").putValue("ownerName", owner)
        .putValue("unit", unit).putValue("ownerPhone", phone).putValue("recipientName", owner)
        .putValue("recipientPhone", phone).putValue(Errand.Vars.DELIVERY_TIME, deliveryTime)
        .putValue("estimatedCost", estimate).putValue("cakePurpose", purpose).putValue("cakeSize", "8寸")
        .putValue("cakeDesign", "鲜果").putValue("cakeColours", "白色配红色").putValue("cakeText", "生日快乐")
        .putValue("cakeBrand", "好利来").putValue("withCard", true).putValue("withFlowers", false);
  }

  private ProcessInstance start(VariableMap request) {
    return runtime.startProcessInstanceByKey(Errand.KEY, request.putValue("initiator", "kefu")
        .putValue(HuifangProperties.Demo.MARKER, true));
  }

  private void entrustAndDeposit(ProcessInstance errand, String deposit) {
    complete(errand, ENTRUSTMENT, Map.of("paymentMethod", "wechat", "deliveryAddress",
        runtime.getVariable(errand.getId(), Errand.Vars.UNIT.name()), "entrustmentSigned", true));
    complete(errand, COLLECT_DEPOSIT, Map.of("deposit", deposit, "depositReceiptNumber", "SF-DEMO-" + errand.getBusinessKey()));
  }

  private void order(ProcessInstance errand, String cost) {
    complete(errand, ORDER, Map.of("supplierName", "好利来 建设路店", "purchaseVoucherNumber",
        "GH-DEMO-" + errand.getBusinessKey(), "cost", cost, "invoiceRequested", false));
  }

  private void complete(ProcessInstance errand, String activityId, Map<String, Object> variables) {
    String taskId = tasks.createTaskQuery().processInstanceId(errand.getId()).taskDefinitionKey(activityId)
        .singleResult().getId();
    tasks.complete(taskId, variables);
  }
}
