package com.huifang.mall;

import static com.huifang.mall.Mall.FormElements.*;
import static com.huifang.mall.Mall.Vars.*;
import static com.huifang.mall.MallTestRegister.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.huifang.ProcessTests;
import com.huifang.TestCaseNumbers;
import com.huifang.engine.CaseNumberService;
import com.huifang.engine.HuifangProperties;
import com.huifang.revisit.RevisitBeansForTests;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
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
import org.camunda.spin.Spin;

/**
 * One test per rule and path of the mall's service-feedback tracking (M1–M6), on a plain engine with the real
 * listeners, the real score table, the real owner revisit and the real register tables (H2, V4 migration).
 */
@Deployment(resources = {
    "processes/mall-service-feedback.bpmn", "processes/mall-feedback-form.bpmn", "processes/mall-feedback-score.dmn",
    "processes/owner-revisit.bpmn",
    "processes/task-due-defaults.dmn"})
class MallProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTests.engineCovering100PercentExcept("owner-revisit");

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final String SERVICE_DAY = "2026-11-25";
  /** M4: the form is back at the desk by the end of the third day after the scheduled service. */
  static final Date RETURN_BY = Date.from(LocalDate.of(2026, 11, 29).atStartOfDay(ZONE).toInstant());

  private RuntimeService runtime;
  private TaskService tasks;
  private ManagementService management;
  private HistoryService history;
  private MerchantRegister register;

  @BeforeEach
  void registerBeans() {
    ProcessTests.begin(engine.getProcessEngine());
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    management = engine.getManagementService();
    history = engine.getHistoryService();
    var properties = new HuifangProperties(null, null, null);
    CaseNumberService caseNumbers = TestCaseNumbers.sequential("20261123");
    register = MallTestRegister.create();
    FeedbackForms forms = new FeedbackForms(register, caseNumbers, properties);
    Mocks.register("preparePurchaseListener", new PreparePurchaseListener(forms));
    Mocks.register("issueFeedbackFormListener", new IssueFeedbackFormListener(forms));
    Mocks.register("recordServiceListener", new RecordServiceListener(forms));
    Mocks.register("recordCustomerFeedbackListener", new RecordCustomerFeedbackListener(forms));
    Mocks.register("receiveFormListener", new ReceiveFormListener(forms));
    Mocks.register("recordVerificationListener", new RecordVerificationListener(forms));
    Mocks.register("recordScoreDelegate", new RecordScoreDelegate(forms));
    Mocks.register("recordPenaltyDelegate", new RecordPenaltyDelegate(forms));
    new RevisitBeansForTests(caseNumbers, properties).registerAll();
  }

  @AfterEach
  void reset() {
    ProcessTests.end();
  }

  // --- helpers ------------------------------------------------------------------------------------

  private static Map<String, Object> line(String merchantId, List<String> services, boolean registeredAtDesk) {
    return Map.of("merchantId", merchantId, "goods", "实木复合地板 35㎡", "services", services,
        "serviceDate", SERVICE_DAY, "registeredAtDesk", registeredAtDesk);
  }

  private ProcessInstance purchase(List<Map<String, Object>> lines) {
    return runtime.startProcessInstanceByKey(Mall.KEY, Variables.createVariables()
        .putValue(CARD_NUMBER.name(), "BX-0008812").putValue(CUSTOMER_NAME.name(), "王建国")
        .putValue(CUSTOMER_PHONE.name(), "13800138000").putValue(ADDRESS.name(), "3栋2单元1101")
        .putValue(PURCHASE_LINES, lines).putValue("initiator", "jiancai"));
  }

  private ProcessInstance form(String formNumber) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(Mall.FORM_KEY)
        .processInstanceBusinessKey(formNumber).singleResult();
  }

  private Task taskAt(ProcessInstance pi, String activityId) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activityId).singleResult();
  }

  private void serve(ProcessInstance form, String staffId) {
    assertThat(taskAt(form, SERVE)).hasDueDate(RETURN_BY); // M4: the whole service and the return by the deadline
    complete(taskAt(form, SERVE), Variables.createVariables().putValue(SERVER_STAFF_ID.name(), staffId)
        .putValue(SERVICE_NOTE.name(), "按约上门,测量完毕"));
  }

  private void customerFills(ProcessInstance form, String rating) {
    assertThat(taskAt(form, CUSTOMER_FILLS)).hasDueDate(RETURN_BY);
    complete(taskAt(form, CUSTOMER_FILLS), Variables.createVariables().putValue(CUSTOMER_RATING.name(), rating)
        .putValue(CUSTOMER_COMMENT.name(), "服务人员很准时").putValue(CUSTOMER_SIGNATURE.name(), "王建国"));
  }

  private void deskReceives(ProcessInstance form) {
    assertThat(taskAt(form, RECEIVE)).hasCandidateGroup(Mall.DESK_GROUP).hasDueDate(RETURN_BY);
    complete(taskAt(form, RECEIVE));
  }

  /** The shared owner revisit called by the form, handled by the mall service desk. */
  private void revisit(ProcessInstance form, String satisfaction) {
    ProcessInstance revisit = runtime.createProcessInstanceQuery().superProcessInstanceId(form.getId()).singleResult();
    assertThat(revisit.getBusinessKey()).isEqualTo(form.getBusinessKey());
    assertThat(task(revisit)).hasCandidateGroup(Mall.DESK_GROUP).hasDueDate(aDayFromNow());
    complete(task(revisit), Variables.createVariables().putValue("revisitMethod", "phone")
        .putValue("satisfaction", satisfaction).putValue("fixEffect", "地板铺装平整"));
  }

  private void verify(ProcessInstance form, String completed, String genuine) {
    // a desk step the seeds give no time: task-due-defaults' office-step, a day
    assertThat(taskAt(form, VERIFY)).hasCandidateGroup(Mall.DESK_GROUP).hasDueDate(aDayFromNow());
    VariableMap answers = Variables.createVariables().putValue(SERVICE_COMPLETED_ANSWER, completed)
        .putValue(VERIFY_NOTE.name(), "电话回访顾客");
    if (genuine != null) {
      answers.putValue(SIGNATURE_GENUINE_ANSWER, genuine);
    }
    complete(taskAt(form, VERIFY), answers);
  }

  private static Date aDayFromNow() {
    return Date.from(ClockUtil.getCurrentTime().toInstant().plus(java.time.Duration.ofDays(1)));
  }

  /** The whole normal life of one form: served, filled, returned in time, revisited, verified. */
  private void runThrough(ProcessInstance form, String staffId, String rating, String genuine) {
    serve(form, staffId);
    customerFills(form, rating);
    deskReceives(form);
    revisit(form, "satisfied");
    verify(form, "yes", genuine);
  }

  private MerchantRegister.Score scoreOf(String formNumber, String merchantId) {
    return register.scores(merchantId, Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")).stream()
        .filter(s -> s.formNumber().equals(formNumber)).findFirst().orElseThrow();
  }

  private Object historic(ProcessInstance pi, String name) {
    return history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).variableName(name)
        .singleResult().getValue();
  }

  // --- paths --------------------------------------------------------------------------------------

  @Test
  @DisplayName("M1 M4 M5 M6 all forms returned in time and verified: one form per service, each scored from the customer's rating")
  void allFormsReturnedAndVerified() {
    ProcessInstance purchase = purchase(List.of(line(MERCHANT_A, List.of("measure", "install"), true)));

    assertThat(purchase.getBusinessKey()).isEqualTo("JC-20261123-0001");
    assertThat(purchase).isWaitingAt(Mall.Elements.FEEDBACK_FORMS).variables()
        .containsEntry(PURCHASE_SUMMARY.name(), "华美地板:实木复合地板 35㎡(测量、安装)");
    ProcessInstance measure = form("JC-20261123-0001-01");
    ProcessInstance install = form("JC-20261123-0001-02");
    assertThat(measure).isWaitingAt(SERVE).variables().containsEntry(SERVICE.name(), "measure")
        .containsEntry(SERVICE_LABEL.name(), "测量").containsEntry(MERCHANT_GROUP.name(), "merchant-m01")
        .containsEntry(CARD_NUMBER.name(), "BX-0008812").containsEntry(FORM_RETURNED.name(), false)
        .containsEntry(STAFF_REGISTER.name(), "S101 黄杰(有上岗资格证);S103 刘小军(无上岗资格证)");
    assertThat(taskAt(measure, SERVE)).hasCandidateGroup("merchant-m01");
    assertThat(taskAt(install, SERVE)).hasCandidateGroup("merchant-m01");

    runThrough(measure, CERTIFIED_A, "verySatisfied", "yes");
    assertThat(measure).isEnded();
    assertThat(purchase).isWaitingAt(Mall.Elements.FEEDBACK_FORMS); // the install form still runs
    runThrough(install, CERTIFIED_A, "satisfied", "yes");

    assertThat(purchase).isEnded().hasPassed(Mall.Elements.END);
    assertThat(install).hasPassedInOrder(SERVE, CUSTOMER_FILLS, RECEIVE, REVISIT, VERIFY, SCORE_FORM, RECORD_SCORE, END)
        .hasNotPassed(RECORD_PENALTY);
    assertThat(historic(measure, SCORE.name())).isEqualTo(100);
    assertThat(historic(install, SCORE.name())).isEqualTo(90);
    assertThat(scoreOf("JC-20261123-0001-01", MERCHANT_A).score()).isEqualTo(100);
    MerchantRegister.Score installScore = scoreOf("JC-20261123-0001-02", MERCHANT_A);
    assertThat(installScore.score()).isEqualTo(90);
    assertThat(installScore.reason()).isEqualTo("顾客满意");
    assertThat(installScore.formReturned()).isTrue();
    assertThat(installScore.signatureGenuine()).isTrue();
    assertThat(register.penalties(MERCHANT_A, Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"))).isEmpty();
  }

  @Test
  @DisplayName("M4 M5 a form not returned by its deadline (3 days after the scheduled service) scores zero; the customer is still revisited")
  void formReturnedLate() {
    ProcessInstance purchase = purchase(List.of(line(MERCHANT_A, List.of("deliver"), true)));
    ProcessInstance deliver = form("JC-20261123-0001-01");
    serve(deliver, CERTIFIED_A);
    customerFills(deliver, "verySatisfied");
    assertThat(deliver).isWaitingAt(RECEIVE);

    Job deadline = management.createJobQuery().processInstanceId(deliver.getId()).activityId(RETURN_DEADLINE)
        .singleResult();
    // service on 2026-11-25, back at the desk by the end of 2026-11-28
    Date due = Date.from(LocalDate.of(2026, 11, 29).atStartOfDay(ZONE).toInstant());
    assertThat(deadline.getDuedate()).isEqualTo(due);
    assertThat(historic(deliver, RETURN_DUE.name())).isEqualTo(due);
    ClockUtil.setCurrentTime(Date.from(due.toInstant().plusSeconds(60)));
    management.executeJob(deadline.getId());

    assertThat(deliver).hasPassed(RETURN_DEADLINE).isWaitingAt(REVISIT);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(deliver.getId()).activityId(RECEIVE)
        .canceled().count()).as("the desk's receipt, cancelled by the deadline").isEqualTo(1);
    assertThat(historic(deliver, FORM_RETURNED.name())).isEqualTo(false);
    assertThat(tasks.createTaskQuery().processInstanceId(deliver.getId()).count()).isZero();
    revisit(deliver, "satisfied");
    verify(deliver, "yes", null); // the signature cannot be checked without the form
    assertThat(deliver).isEnded().hasPassed(END).hasNotPassed(RECORD_PENALTY);
    MerchantRegister.Score score = scoreOf("JC-20261123-0001-01", MERCHANT_A);
    assertThat(score.score()).isZero();
    assertThat(score.formReturned()).isFalse();
    assertThat(score.reason()).isEqualTo("服务完毕后没有服务反馈表,评分为零");
    assertThat(purchase).isEnded();
  }

  @Test
  @DisplayName("M4 a form never served nor returned: the deadline interrupts the service task and scores zero")
  void neverServed() {
    purchase(List.of(line(MERCHANT_A, List.of("repair"), true)));
    ProcessInstance repair = form("JC-20261123-0001-01");
    Job deadline = management.createJobQuery().processInstanceId(repair.getId()).activityId(RETURN_DEADLINE)
        .singleResult();
    ClockUtil.setCurrentTime(Date.from(deadline.getDuedate().toInstant().plusSeconds(1)));
    management.executeJob(deadline.getId());
    revisit(repair, "satisfied");
    verify(repair, "no", null);
    assertThat(scoreOf("JC-20261123-0001-01", MERCHANT_A).reason()).isEqualTo("服务反馈表未在期限内交回客服中心,评分为零");
  }

  @Test
  @DisplayName("M2 a merchant who did not bring the customer to the desk scores zero for the order, however good the service")
  void merchantDidNotRegisterCustomer() {
    ProcessInstance purchase = purchase(List.of(line(MERCHANT_A, List.of("install"), false)));
    assertThat(purchase).variables().containsEntry(PURCHASE_SUMMARY.name(),
        "华美地板:实木复合地板 35㎡(安装),商户未带顾客到客服中心登记");
    ProcessInstance install = form("JC-20261123-0001-01");
    runThrough(install, CERTIFIED_A, "verySatisfied", "yes");
    MerchantRegister.Score score = scoreOf("JC-20261123-0001-01", MERCHANT_A);
    assertThat(score.score()).isZero();
    assertThat(score.registeredAtDesk()).isFalse();
    assertThat(score.reason()).startsWith("商户未带顾客到客服中心");
  }

  @Test
  @DisplayName("M3 a registered but uncertified server makes the service unqualified (zero); an unregistered one is refused on the form")
  void uncertifiedStaff() {
    purchase(List.of(line(MERCHANT_A, List.of("install"), true)));
    ProcessInstance install = form("JC-20261123-0001-01");

    // staff of another merchant, or nobody on the register, cannot be named as the server
    assertThatThrownBy(() -> serve(install, CERTIFIED_B)).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("备案");
    assertThat(install).isWaitingAt(SERVE);

    serve(install, UNCERTIFIED_A);
    assertThat(install).variables().containsEntry(SERVER_NAME.name(), "刘小军")
        .containsEntry(SERVER_CERTIFIED.name(), false);
    customerFills(install, "verySatisfied");
    deskReceives(install);
    revisit(install, "satisfied");
    verify(install, "yes", "yes");
    MerchantRegister.Score score = scoreOf("JC-20261123-0001-01", MERCHANT_A);
    assertThat(score.score()).isZero();
    assertThat(score.serverCertified()).isFalse();
    assertThat(score.reason()).contains("服务不合格");
  }

  @Test
  @DisplayName("M5 a forged customer signature scores zero and leaves a penalty record")
  void forgedSignature() {
    purchase(List.of(line(MERCHANT_B, List.of("install"), true)));
    ProcessInstance install = form("JC-20261123-0001-01");
    assertThat(taskAt(install, SERVE)).hasCandidateGroup("merchant-m02");
    serve(install, CERTIFIED_B);
    customerFills(install, "verySatisfied");
    deskReceives(install);
    revisit(install, "satisfied");

    // the desk must say whether the signature is genuine when the form came back
    assertThatThrownBy(() -> verify(install, "yes", null)).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(SIGNATURE_GENUINE_ANSWER);
    verify(install, "yes", "no");

    assertThat(install).isEnded().hasPassedInOrder(RECORD_SCORE, GATEWAY_SIGNATURE, RECORD_PENALTY, END);
    assertThat(scoreOf("JC-20261123-0001-01", MERCHANT_B).score()).isZero();
    List<MerchantRegister.Penalty> penalties = register.penalties(MERCHANT_B, Instant.EPOCH,
        Instant.parse("2100-01-01T00:00:00Z"));
    assertThat(penalties).singleElement().satisfies(p -> {
      assertThat(p.formNumber()).isEqualTo("JC-20261123-0001-01");
      assertThat(p.reason()).isEqualTo(FeedbackForms.PENALTY_REASON);
      assertThat(p.note()).isEqualTo("电话回访顾客");
    });
  }

  @Test
  @DisplayName("M1 M6 two merchants on one purchase: each merchant's forms go to its own group and score for that merchant")
  void twoMerchants() {
    ProcessInstance purchase = purchase(List.of(line(MERCHANT_A, List.of("deliver"), true),
        line(MERCHANT_B, List.of("measure", "install"), true)));
    assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(purchase.getId()).count()).isEqualTo(3);
    ProcessInstance a = form("JC-20261123-0001-01");
    ProcessInstance b1 = form("JC-20261123-0001-02");
    ProcessInstance b2 = form("JC-20261123-0001-03");
    assertThat(tasks.createTaskQuery().taskCandidateGroup("merchant-m01").list())
        .extracting(Task::getProcessInstanceId).containsExactly(a.getId());
    assertThat(tasks.createTaskQuery().taskCandidateGroup("merchant-m02").list())
        .extracting(Task::getProcessInstanceId).containsExactlyInAnyOrder(b1.getId(), b2.getId());

    runThrough(a, CERTIFIED_A, "satisfied", "yes");
    runThrough(b1, CERTIFIED_B, "verySatisfied", "yes");
    runThrough(b2, CERTIFIED_B, "fairlySatisfied", "yes");

    assertThat(purchase).isEnded();
    Instant from = Instant.EPOCH;
    Instant to = Instant.parse("2100-01-01T00:00:00Z");
    assertThat(register.scores(MERCHANT_A, from, to)).extracting(MerchantRegister.Score::score).containsExactly(90);
    assertThat(register.scores(MERCHANT_B, from, to)).extracting(MerchantRegister.Score::score)
        .containsExactlyInAnyOrder(100, 70);
  }

  @Test
  @DisplayName("M5 R5 a dissatisfied customer: the merchant rectifies and the desk revisits again until satisfied")
  void dissatisfiedCustomerRectified() {
    purchase(List.of(line(MERCHANT_A, List.of("install"), true)));
    ProcessInstance install = form("JC-20261123-0001-01");
    serve(install, CERTIFIED_A);
    customerFills(install, "dissatisfied");
    deskReceives(install);
    revisit(install, "dissatisfied");

    assertThat(install).isWaitingAt(RECTIFY);
    // R5: the merchant rectifies within task-due-defaults' rectification time, two days
    assertThat(taskAt(install, RECTIFY)).hasCandidateGroup("merchant-m01")
        .hasDueDate(Date.from(ProcessTests.NOW.plus(java.time.Duration.ofDays(2))));
    complete(taskAt(install, RECTIFY), Variables.createVariables().putValue(RECTIFICATION.name(), "重新调整地板缝隙"));
    assertThat(install).isWaitingAt(REVISIT).variables().containsEntry(REVISIT_COUNT.name(), 1);
    revisit(install, "satisfied");
    verify(install, "yes", "yes");

    assertThat(install).isEnded();
    assertThat(historic(install, REVISIT_COUNT.name())).isEqualTo(2);
    assertThat(scoreOf("JC-20261123-0001-01", MERCHANT_A).score()).isEqualTo(40); // the customer's rating on the form
  }

  @Test
  @DisplayName("M1 a purchase without a valid card, phone, merchant or service is refused and nothing starts")
  void invalidPurchase() {
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(Mall.KEY, Variables.createVariables()
        .putValue(CUSTOMER_NAME.name(), "王建国").putValue(CUSTOMER_PHONE.name(), "12345")
        .putValue(ADDRESS.name(), "3栋2单元1101")
        .putValue(PURCHASE_LINES, List.of(Map.of("merchantId", "nobody", "goods", "门", "services", List.of("paint"),
            "serviceDate", SERVICE_DAY)))))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(CARD_NUMBER.name()).hasMessageContaining(CUSTOMER_PHONE.name())
        .hasMessageContaining("purchaseLines[0].merchantId").hasMessageContaining("purchaseLines[0].services");
    assertThat(runtime.createProcessInstanceQuery().count()).isZero();
    assertThat(history.createHistoricProcessInstanceQuery().count()).isZero();
  }

  @Test
  @DisplayName("M1 the start form's fixed merchant rows (checklist as JSON, blank rows ignored); a purchase needs one line")
  void startFormRows() {
    VariableMap form = Variables.createVariables()
        .putValue(CARD_NUMBER.name(), "BX-2").putValue(CUSTOMER_NAME.name(), "王建国")
        .putValue(CUSTOMER_PHONE.name(), "13800138000").putValue(ADDRESS.name(), "3栋2单元1101")
        .putValue(RETURN_DAYS, 5L)
        .putValue("line2MerchantId", "").putValue("line2Services", Spin.JSON("[]")).putValue("line2RegisteredAtDesk", false);
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(Mall.KEY, form))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("请至少填写一个商户");

    form.putValue("line1MerchantId", "m02").putValue("line1Goods", "防盗门")
        .putValue("line1Services", Spin.JSON("[\"deliver\"]")).putValue("line1ServiceDate", "2026-11-25")
        .putValue("line1RegisteredAtDesk", true);
    ProcessInstance pi = runtime.startProcessInstanceByKey(Mall.KEY, form);
    ProcessInstance deliver = form(pi.getBusinessKey() + "-01");
    assertThat(deliver).variables().containsEntry(MERCHANT_ID.name(), MERCHANT_B).containsEntry(SERVICE.name(), "deliver")
        .containsEntry(REGISTERED_AT_DESK.name(), true);
    assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).count()).isEqualTo(1);
    Job deadline = management.createJobQuery().processInstanceId(deliver.getId()).activityId(RETURN_DEADLINE)
        .singleResult();
    assertThat(deadline.getDuedate()).isEqualTo(Date.from(LocalDate.of(2026, 12, 1).atStartOfDay(ZONE).toInstant()));
  }
}
