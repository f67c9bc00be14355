package com.huifang.errand;

import static com.huifang.errand.Errand.Elements.*;
import static com.huifang.errand.Errand.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;

import com.huifang.ProcessTests;
import com.huifang.TestCaseNumbers;
import com.huifang.engine.HuifangProperties;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One test per rule and path of owner errands (E1–E10) on a plain engine with the real listeners and the
 * real card-text table: birthday cake with a manager, ordinary cake, refund, extra charge, late delivery,
 * flower basket at home and in hospital. The delivery timer's due date is asserted before it is fired.
 */
@Deployment(resources = {"processes/owner-errand.bpmn", "processes/errand-card-text.dmn",
    "processes/task-due-defaults.dmn"})
class ErrandProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTests.engineCovering100PercentExcept();

  /** The promised delivery time of the test errands: tomorrow 18:00 in Shanghai. */
  static final String DELIVERY_TIME_INPUT = "2026-11-24T18:00+08:00";
  static final Date DELIVERY_DUE_AT = Date.from(Instant.parse("2026-11-24T10:00:00Z"));
  /** An errand step's default (task-due-defaults: errand-step, a working day) from {@link ProcessTests#NOW}. */
  static final Date WORKING_DAY_LATER = Date.from(ProcessTests.NOW.plus(java.time.Duration.ofDays(1)));

  private RuntimeService runtime;
  private TaskService tasks;
  private ManagementService management;
  private HistoryService history;

  @BeforeEach
  void registerBeans() {
    ProcessTests.begin(engine.getProcessEngine());
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    management = engine.getManagementService();
    history = engine.getHistoryService();
    var properties = new HuifangProperties(null, null, null);
    var steps = new ErrandSteps(TestCaseNumbers.sequential("20261123"), properties);
    Mocks.register("prepareErrandListener", new PrepareErrandListener(steps));
    Mocks.register("recordErrandStepListener", new RecordErrandStepListener(steps));
    Mocks.register("applyCardTextListener", new ApplyCardTextListener());
  }

  @AfterEach
  void reset() {
    ProcessTests.end();
  }

  // --- helpers ------------------------------------------------------------------------------------

  static VariableMap cake(String purpose) {
    return Variables.createVariables().putValue("errandType", "cake").putValue("ownerName", "王建国")
        .putValue("unit", "3栋2单元1101").putValue("ownerPhone", "13800138000").putValue("recipientName", "王母")
        .putValue("recipientPhone", "13900139000").putValue(DELIVERY_TIME, DELIVERY_TIME_INPUT)
        .putValue("estimatedCost", "268").putValue("cakePurpose", purpose).putValue("cakeSize", "8寸")
        .putValue("cakeDesign", "寿桃").putValue("cakeColours", "粉白").putValue("cakeText", "祝妈妈生日快乐")
        .putValue("cakeBrand", "好利来").putValue("withCard", true).putValue("withFlowers", false)
        .putValue("initiator", "kefu");
  }

  static VariableMap basket(String occasion, boolean inHospital) {
    VariableMap v = Variables.createVariables().putValue("errandType", "flowerBasket").putValue("ownerName", "孙丽")
        .putValue("unit", "6栋1203").putValue("ownerPhone", "13600002222").putValue("recipientName", "孙丽")
        .putValue("recipientPhone", "13600002222").putValue(DELIVERY_TIME, DELIVERY_TIME_INPUT)
        .putValue("estimatedCost", "0").putValue("occasion", occasion).putValue("inHospital", inHospital)
        .putValue("initiator", "kefu");
    return inHospital ? v.putValue("hospital", "市第一人民医院 3病区12床") : v;
  }

  private ProcessInstance start(VariableMap request) {
    return runtime.startProcessInstanceByKey(Errand.KEY, request);
  }

  private Task taskAt(ProcessInstance pi, String activityId) {
    Task task = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activityId).singleResult();
    assertThat(task).as("task " + activityId).isNotNull();
    return task;
  }

  private void entrust(ProcessInstance pi, String paymentMethod) {
    Task task = taskAt(pi, ENTRUSTMENT);
    assertThat(task).hasCandidateGroup(Errand.GROUP);
    complete(task, Variables.createVariables().putValue("paymentMethod", paymentMethod)
        .putValue("deliveryAddress", "3栋2单元1101").putValue("entrustmentSigned", true));
  }

  private void deposit(ProcessInstance pi, Object amount) {
    complete(taskAt(pi, COLLECT_DEPOSIT), Variables.createVariables().putValue("deposit", amount)
        .putValue("depositReceiptNumber", "SF-0001"));
  }

  private void informSupervisor(ProcessInstance pi) {
    Task task = taskAt(pi, INFORM_SUPERVISOR);
    assertThat(task).hasCandidateGroup(Errand.SUPERVISOR_GROUP);
    complete(task, Variables.createVariables().putValue("supervisorAcknowledged", true));
  }

  private void order(ProcessInstance pi, Object cost) {
    complete(taskAt(pi, ORDER), Variables.createVariables().putValue("supplierName", "好利来 建设路店")
        .putValue("purchaseVoucherNumber", "GH-778").putValue("cost", cost).putValue("invoiceRequested", false));
  }

  private void deliver(ProcessInstance pi, boolean managerJoined) {
    Task task = taskAt(pi, DELIVER);
    assertThat(task.getDueDate()).isEqualTo(DELIVERY_DUE_AT); // E6: due at the promised time
    complete(task, Variables.createVariables().putValue("signedBy", "王母").putValue("recipientSigned", true)
        .putValue("wishesConveyed", true).putValue("managerJoined", managerJoined));
  }

  private void settle(ProcessInstance pi, String receipt) {
    VariableMap v = Variables.createVariables().putValue("ownerInformed", true);
    if (receipt != null) {
      v.putValue("settlementPaid", true).putValue("settlementReceiptNumber", receipt);
    }
    complete(taskAt(pi, SETTLE), v);
  }

  private void closeWithOpinionAndArchive(ProcessInstance pi) {
    complete(taskAt(pi, OWNER_OPINION), Variables.createVariables().putValue("serviceRating", "verySatisfied")
        .putValue("serviceOpinion", "蛋糕很漂亮,送得准时").putValue("ownerSignedOpinion", true));
    Date now = ClockUtil.getCurrentTime();
    assertThat(taskAt(pi, ARCHIVE)).hasDueDate(Date.from(now.toInstant().plus(java.time.Duration.ofDays(1))));
    complete(taskAt(pi, ARCHIVE), Variables.createVariables().putValue("registeredWithServiceCenter", true)
        .putValue("archiveNumber", "DB-2026-11-001"));
    assertThat(pi).isEnded().hasPassed(SETTLE, OWNER_OPINION, ARCHIVE, COMPLETED);
  }

  private Object historic(ProcessInstance pi, String name) {
    return history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).variableName(name)
        .singleResult().getValue();
  }

  private static VariableMap with(String name, Object value) {
    return Variables.createVariables().putValue(name, value);
  }

  // --- cakes --------------------------------------------------------------------------------------

  @Test
  @DisplayName("E1 E2 E3 E4 E5 E6 E7 E8 E9 birthday cake: blessing prepared, a manager joins the delivery, settled exactly")
  void birthdayCakeWithManager() {
    ProcessInstance pi = start(cake("birthday"));

    // E1: the request is kept, numbered and summarized
    assertThat(pi.getBusinessKey()).isEqualTo("WT-20261123-0001");
    assertThat(pi).isWaitingAt(ENTRUSTMENT).variables().containsEntry(CASE_NUMBER.name(), "WT-20261123-0001")
        .containsEntry(ERRAND_TYPE_LABEL.name(), "代订蛋糕").containsEntry(BIRTHDAY.name(), true)
        .containsEntry(DELIVERY_DUE.name(), DELIVERY_DUE_AT).containsEntry(DELIVERY_TIME_TEXT.name(), "2026-11-24 18:00")
        .containsEntry(ESTIMATED_COST.name(), "268.00").containsEntry(IN_HOSPITAL.name(), false)
        .containsEntry(ERRAND_SUMMARY.name(), "代订蛋糕(业户生日):8寸,好利来,图案寿桃,粉白,字样“祝妈妈生日快乐”,附卡");
    // each step before the delivery is due within a working day (task-due-defaults: errand-step), the
    // promised delivery being later
    assertThat(taskAt(pi, ENTRUSTMENT)).hasDueDate(WORKING_DAY_LATER);
    entrust(pi, "wechat");
    assertThat(taskAt(pi, COLLECT_DEPOSIT)).hasDueDate(WORKING_DAY_LATER);
    deposit(pi, "300");
    assertThat(taskAt(pi, INFORM_SUPERVISOR)).hasDueDate(WORKING_DAY_LATER);
    informSupervisor(pi);

    // E4: a birthday: the duty supervisor prepares the blessing and names the manager who joins
    Task blessing = taskAt(pi, PREPARE_BLESSING);
    assertThat(blessing).hasCandidateGroup(Errand.SUPERVISOR_GROUP).hasDueDate(WORKING_DAY_LATER);
    assertThatThrownBy(() -> complete(blessing, with("blessing", "生日快乐")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("请填写一道前往的项目管理人员");
    complete(blessing, with("blessing", "管理处全体员工祝您生日快乐!").putValue("managerJoining", "马超"));
    assertThat(taskAt(pi, ORDER)).hasDueDate(WORKING_DAY_LATER);
    order(pi, "300.00");

    // E6 + E4: without the manager the delivery of a birthday cake is refused
    Task delivery = taskAt(pi, DELIVER);
    assertThatThrownBy(() -> complete(delivery, with("signedBy", "王母").putValue("recipientSigned", true)
        .putValue("wishesConveyed", true).putValue("managerJoined", false)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("项目管理人员须一道前往");
    deliver(pi, true);

    // E7: deposit equals cost: nothing to refund or collect
    assertThat(pi).isWaitingAt(SETTLE).variables().containsEntry(SETTLEMENT_DIRECTION.name(), "none")
        .containsEntry(BALANCE.name(), "0.00").containsEntry(SETTLEMENT_AMOUNT.name(), "0.00");
    // after the delivery each step is due within a working day
    assertThat(taskAt(pi, SETTLE)).hasDueDate(WORKING_DAY_LATER);
    settle(pi, null);
    assertThat(taskAt(pi, OWNER_OPINION)).hasDueDate(WORKING_DAY_LATER);
    closeWithOpinionAndArchive(pi);
    assertThat(pi).hasPassed(PREPARE_BLESSING, DELIVER).hasNotPassed(DELIVER_THROUGH_FAMILY, CALL_OWNER, URGE_DELIVERY);
    assertThat(historic(pi, SETTLED.name())).isEqualTo(true);
    assertThat(historic(pi, MANAGER_JOINED.name())).isEqualTo(true);
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  @DisplayName("E1 E4 E6 ordinary cake: the supervisor is informed, no blessing, no manager needed")
  void ordinaryCake() {
    ProcessInstance pi = start(cake("celebration"));
    assertThat(pi).variables().containsEntry(BIRTHDAY.name(), false);
    entrust(pi, "cash");
    deposit(pi, "150");
    informSupervisor(pi);
    assertThat(pi).isWaitingAt(ORDER);
    order(pi, "150");
    deliver(pi, false);
    settle(pi, null);
    closeWithOpinionAndArchive(pi);
    assertThat(pi).hasNotPassed(PREPARE_BLESSING);
  }

  @Test
  @DisplayName("E6 a cake promised for this afternoon: every step before the delivery is due by the promised time, not a day later")
  void stepsBeforeDeliveryDueByThePromisedTime() {
    Date afternoon = Date.from(Instant.parse("2026-11-23T05:00:00Z")); // 13:00 in Shanghai, 3 hours from now
    ProcessInstance pi = start(cake("birthday").putValue(DELIVERY_TIME, "2026-11-23T13:00"));
    assertThat(taskAt(pi, ENTRUSTMENT)).hasDueDate(afternoon);
    entrust(pi, "cash");
    assertThat(taskAt(pi, COLLECT_DEPOSIT)).hasDueDate(afternoon);
    deposit(pi, "300");
    assertThat(taskAt(pi, INFORM_SUPERVISOR)).hasDueDate(afternoon);
    informSupervisor(pi);
    assertThat(taskAt(pi, PREPARE_BLESSING)).hasDueDate(afternoon);
    // the blessing is ready only after the promised time: the order is due at that time, and shows as overdue
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T05:30:00Z")));
    complete(taskAt(pi, PREPARE_BLESSING), with("blessing", "生日快乐").putValue("managerJoining", "马超"));
    assertThat(taskAt(pi, ORDER)).hasDueDate(afternoon);
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).dueBefore(ClockUtil.getCurrentTime()).list())
        .extracting(Task::getTaskDefinitionKey).containsExactly(ORDER);
  }

  @Test
  @DisplayName("E1 a request without the cake's details, with a past delivery time or a negative estimate starts nothing")
  void requestRefused() {
    VariableMap bad = cake(null).putValue("cakeSize", " ").putValue("cakeBrand", null)
        .putValue(DELIVERY_TIME, "2026-11-22T18:00+08:00").putValue("estimatedCost", "-5")
        .putValue("recipientPhone", "123");
    assertThatThrownBy(() -> start(bad)).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("cakePurpose: 请选择代订用意").hasMessageContaining("cakeSize: 请填写蛋糕大小")
        .hasMessageContaining("cakeBrand: 请填写品牌要求").hasMessageContaining("deliveryTime: 送达时间不能早于现在")
        .hasMessageContaining("estimatedCost: 预估费用不能为负数")
        .hasMessageContaining("recipientPhone: 收取人电话格式不正确");
    assertThatThrownBy(() -> start(basket(null, true).putValue("hospital", null)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("occasion: 请选择送花篮事由")
        .hasMessageContaining("hospital: 对方住院的,请填写医院及病房");
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(Errand.KEY).count()).isZero();
  }

  @Test
  @DisplayName("E2 the entrustment form needs a payment method, the address and the owner's signature")
  void entrustmentNeedsSignature() {
    ProcessInstance pi = start(cake("other"));
    Task task = taskAt(pi, ENTRUSTMENT);
    assertThatThrownBy(() -> complete(task, with("paymentMethod", "iou").putValue("entrustmentSigned", false)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("paymentMethod: 请选择付费方式")
        .hasMessageContaining("deliveryAddress: 请填写送达地点")
        .hasMessageContaining("entrustmentSigned: 《业户服务委托单》须经业户签名确认");
    assertThat(pi).isWaitingAt(ENTRUSTMENT);
    entrust(pi, "alipay");
    assertThat(pi).isWaitingAt(COLLECT_DEPOSIT).variables().containsEntry(PAYMENT_METHOD.name(), "alipay");
  }

  @Test
  @DisplayName("E3 the deposit is an exact amount ≥ 0 against a receipt: negative, three decimals or text are refused in Chinese")
  void depositExactAndNotNegative() {
    ProcessInstance pi = start(cake("other"));
    entrust(pi, "cash");
    Task task = taskAt(pi, COLLECT_DEPOSIT);
    assertThatThrownBy(() -> complete(task, with("deposit", "-5").putValue("depositReceiptNumber", "SF-1")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("deposit: 预付款不能为负数");
    assertThatThrownBy(() -> complete(task, with("deposit", "12.345").putValue("depositReceiptNumber", "SF-1")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("预付款最多两位小数");
    assertThatThrownBy(() -> complete(task, with("deposit", "一百").putValue("depositReceiptNumber", "SF-1")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("预付款格式不正确");
    assertThatThrownBy(() -> complete(task, with("deposit", "100")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("depositReceiptNumber: 请填写收费单据号");
    // a form-js number field sends a Double: taken by its decimal text, stored exactly as text
    deposit(pi, 128.5d);
    assertThat(pi).isWaitingAt(INFORM_SUPERVISOR).variables().containsEntry(DEPOSIT.name(), "128.50")
        .containsEntry(DEPOSIT_RECEIPT.name(), "SF-0001");
  }

  @Test
  @DisplayName("E5 E7 refund: deposit 200.00, cost 168.50 → 31.50 refunded against a receipt before the errand may close")
  void refund() {
    ProcessInstance pi = start(cake("other"));
    entrust(pi, "cash");
    deposit(pi, "200.00");
    informSupervisor(pi);
    Task orderTask = taskAt(pi, ORDER);
    assertThatThrownBy(() -> complete(orderTask, with("supplierName", "好利来").putValue("purchaseVoucherNumber", "GH-1")
        .putValue("cost", "168.5").putValue("invoiceRequested", true)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("invoiceNumber: 业户要求开具发票的,请填写发票号");
    complete(orderTask, with("supplierName", "好利来").putValue("purchaseVoucherNumber", "GH-1").putValue("cost", "168.5")
        .putValue("invoiceRequested", true).putValue("invoiceNumber", "FP-00012345"));
    deliver(pi, false);

    assertThat(pi).isWaitingAt(SETTLE).variables().containsEntry(COST.name(), "168.50")
        .containsEntry(BALANCE.name(), "31.50").containsEntry(SETTLEMENT_DIRECTION.name(), "refund")
        .containsEntry(SETTLEMENT_DIRECTION_LABEL.name(), "退还业户").containsEntry(SETTLEMENT_AMOUNT.name(), "31.50");
    Task settleTask = taskAt(pi, SETTLE);
    assertThatThrownBy(() -> complete(settleTask, with("ownerInformed", true)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("须退还业户 31.50 元后才能结算")
        .hasMessageContaining("请填写退还业户 31.50 元的收据号");
    assertThat(pi).isWaitingAt(SETTLE).variables().doesNotContainKey(SETTLED.name());
    settle(pi, "TK-0007");
    closeWithOpinionAndArchive(pi);
    assertThat(historic(pi, SETTLEMENT_RECEIPT.name())).isEqualTo("TK-0007");
    assertThat(historic(pi, INVOICE_NUMBER.name())).isEqualTo("FP-00012345");
  }

  @Test
  @DisplayName("E7 extra charge: deposit 100, cost 128.50 → 28.50 collected against a receipt")
  void extraCharge() {
    ProcessInstance pi = start(cake("other"));
    entrust(pi, "cash");
    deposit(pi, 100L); // a form-js number field with a whole number sends a Long
    informSupervisor(pi);
    order(pi, "128.50");
    deliver(pi, false);
    assertThat(pi).variables().containsEntry(DEPOSIT.name(), "100.00").containsEntry(BALANCE.name(), "-28.50")
        .containsEntry(SETTLEMENT_DIRECTION.name(), "collect").containsEntry(SETTLEMENT_DIRECTION_LABEL.name(), "向业户补收")
        .containsEntry(SETTLEMENT_AMOUNT.name(), "28.50");
    assertThatThrownBy(() -> complete(taskAt(pi, SETTLE), with("settlementPaid", true).putValue("settlementReceiptNumber", "BS-1")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("ownerInformed: 请先与委托人取得联系");
    settle(pi, "BS-0003");
    closeWithOpinionAndArchive(pi);
    assertThat(historic(pi, SETTLED.name())).isEqualTo(true);
  }

  @Test
  @DisplayName("E6 late delivery: at the promised time the duty supervisor is told to urge it; the delivery stays open")
  void lateDeliveryEscalates() {
    ProcessInstance pi = start(cake("other"));
    entrust(pi, "cash");
    deposit(pi, "200");
    informSupervisor(pi);
    order(pi, "200");

    Job late = management.createJobQuery().processInstanceId(pi.getId()).activityId(DELIVERY_LATE).singleResult();
    assertThat(late.getDuedate()).isEqualTo(DELIVERY_DUE_AT);
    ClockUtil.setCurrentTime(Date.from(DELIVERY_DUE_AT.toInstant().plusSeconds(60)));
    management.executeJob(late.getId());

    Task urge = taskAt(pi, URGE_DELIVERY);
    // already late: the supervisor urges within the hour (task-due-defaults: escalation); the delivery itself
    // stays due at the promised time, so 已超时 shows it
    assertThat(urge).hasCandidateGroup(Errand.SUPERVISOR_GROUP)
        .hasDueDate(Date.from(DELIVERY_DUE_AT.toInstant().plusSeconds(60).plus(java.time.Duration.ofHours(1))));
    assertThat(taskAt(pi, DELIVER)).hasDueDate(DELIVERY_DUE_AT);
    assertThat(pi).isWaitingAt(DELIVER, URGE_DELIVERY); // non-interrupting
    assertThatThrownBy(() -> complete(urge, with("urgeNote", " "))).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("urgeNote: 请填写督促情况");
    complete(urge, with("urgeNote", "已督促经办人20分钟内送达,并向业户致歉说明"));
    assertThat(pi).hasPassed(DELIVERY_URGED).isWaitingAt(DELIVER);
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    Task delivery = taskAt(pi, DELIVER);
    assertThatThrownBy(() -> complete(delivery, with("signedBy", "王母").putValue("wishesConveyed", true)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("recipientSigned: 须由接收人签收");
    deliver(pi, false);
    settle(pi, null);
    closeWithOpinionAndArchive(pi);
  }

  // --- flower baskets -----------------------------------------------------------------------------

  @Test
  @DisplayName("E10 flower basket at home for an illness: card 早日康复 from the table, the owner is called first")
  void flowerBasketAtHome() {
    ProcessInstance pi = start(basket("illness", false));
    assertThat(pi).hasPassed(DECIDE_CARD_TEXT).isWaitingAt(CALL_OWNER).variables()
        .containsEntry(CARD_TEXT.name(), "管理处全体员工祝您早日康复!")
        .containsEntry(CALL_PHRASE.name(), "得知您身体欠佳,我们十分关心,想给您送个花篮过来,祝您早日康复。")
        .containsEntry(OCCASION_LABEL.name(), "业主生病").containsEntry(BIRTHDAY.name(), false);
    Task call = taskAt(pi, CALL_OWNER);
    assertThat(call).hasCandidateGroup(Errand.GROUP).hasDueDate(WORKING_DAY_LATER);
    assertThatThrownBy(() -> complete(call, with("ownerReached", false)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("送花篮前须先致电业主说明事由");
    complete(call, with("ownerReached", true).putValue("callNote", "业主在家,表示感谢"));
    entrust(pi, "managementOffice");
    deposit(pi, "0");
    informSupervisor(pi);
    order(pi, "0.00");
    deliver(pi, false);
    settle(pi, null);
    closeWithOpinionAndArchive(pi);
    assertThat(pi).hasPassed(CALL_OWNER, DELIVER).hasNotPassed(DELIVER_THROUGH_FAMILY, PREPARE_BLESSING);
  }

  @Test
  @DisplayName("E10 flower basket for a patient in hospital: delivered through the family, who sign for it")
  void flowerBasketInHospital() {
    ProcessInstance pi = start(basket("illness", true));
    complete(taskAt(pi, CALL_OWNER), with("ownerReached", true).putValue("inHospital", true));
    entrust(pi, "managementOffice");
    deposit(pi, "0");
    informSupervisor(pi);
    order(pi, "0");
    Task family = taskAt(pi, DELIVER_THROUGH_FAMILY);
    assertThat(family.getDueDate()).isEqualTo(DELIVERY_DUE_AT);
    assertThatThrownBy(() -> complete(family, with("familyMemberName", "孙丽之子").putValue("signedBy", "孙强")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("familySigned: 须由家属签收并答应转交");
    complete(family, with("familyMemberName", "孙丽之子").putValue("signedBy", "孙强").putValue("familySigned", true)
        .putValue("wishesConveyed", true));
    settle(pi, null);
    closeWithOpinionAndArchive(pi);
    assertThat(pi).hasPassed(DELIVER_THROUGH_FAMILY).hasNotPassed(DELIVER);
    assertThat(historic(pi, HOSPITAL.name())).isEqualTo("市第一人民医院 3病区12床");
  }

  @Test
  @DisplayName("E10 E4 a birthday flower basket: card 生日快乐, and a birthday gets the blessing and a manager")
  void birthdayFlowerBasket() {
    ProcessInstance pi = start(basket("birthday", false));
    assertThat(pi).variables().containsEntry(CARD_TEXT.name(), "祝您生日快乐!").containsEntry(BIRTHDAY.name(), true);
    complete(taskAt(pi, CALL_OWNER), with("ownerReached", true));
    entrust(pi, "managementOffice");
    deposit(pi, "0");
    informSupervisor(pi);
    assertThat(pi).isWaitingAt(PREPARE_BLESSING);
  }

  // --- closing ------------------------------------------------------------------------------------

  @Test
  @DisplayName("E8 the owner's opinion needs a rating, the opinion and the owner's signature")
  void opinionNeedsSignature() {
    ProcessInstance pi = start(cake("other"));
    entrust(pi, "cash");
    deposit(pi, "100");
    informSupervisor(pi);
    order(pi, "100");
    deliver(pi, false);
    settle(pi, null);
    assertThatThrownBy(() -> complete(taskAt(pi, OWNER_OPINION), with("serviceOpinion", "好")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("serviceRating: 请选择业户对服务的评价")
        .hasMessageContaining("ownerSignedOpinion: 须由业户在《业户服务委托单》上签名确认");
    assertThat(pi).isWaitingAt(OWNER_OPINION);
  }

  @Test
  @DisplayName("E9 E7 archiving needs the money registered with the service center, and never passes an unsettled errand")
  void archiveNeedsRegistrationAndSettlement() {
    ProcessInstance pi = start(cake("other"));
    entrust(pi, "cash");
    deposit(pi, "100");
    informSupervisor(pi);
    order(pi, "90");
    deliver(pi, false);
    settle(pi, "TK-1");
    complete(taskAt(pi, OWNER_OPINION), with("serviceRating", "satisfied").putValue("serviceOpinion", "满意")
        .putValue("ownerSignedOpinion", true));
    Task archive = taskAt(pi, ARCHIVE);
    assertThatThrownBy(() -> complete(archive, with("archiveNumber", "DB-1")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("registeredWithServiceCenter: 钱款单据须交业服中心登记入帐");
    // even if the settlement record were lost, the archive refuses an errand whose money is not settled
    runtime.setVariable(pi.getId(), SETTLED.name(), false);
    assertThatThrownBy(() -> complete(archive, with("archiveNumber", "DB-1").putValue("registeredWithServiceCenter", true)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("结算未完成,不能存档");
    runtime.setVariable(pi.getId(), SETTLED.name(), true);
    complete(archive, with("archiveNumber", "DB-1").putValue("registeredWithServiceCenter", true));
    assertThat(pi).isEnded();
  }
}
