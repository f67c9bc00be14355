package com.huifang.procurement;

import static com.huifang.procurement.Procurement.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.huifang.ProcessTests;
import com.huifang.TestCaseNumbers;
import com.huifang.engine.HuifangProperties;
import com.huifang.engine.InvalidInput;
import com.huifang.procurement.Procurement.PurchaseElements;
import com.huifang.procurement.Procurement.QuarterElements;
import com.huifang.procurement.Procurement.RevisitElements;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Procurement supplier revisits (Q1–Q4) on a plain engine with the real listeners and delegate, the real sample
 * rules table and the real register tables (H2, V10 migration): one test per path through each of the three models.
 */
@Deployment(resources = {"processes/procurement-purchase.bpmn", "processes/procurement-revisit-quarter.bpmn",
    "processes/procurement-revisit.bpmn", "processes/procurement-half-year-summary.bpmn",
    "processes/procurement-sample-rules.dmn", "processes/task-due-defaults.dmn"})
class ProcurementProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTests.engineCovering100PercentExcept();

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private RuntimeService runtime;
  private TaskService tasks;
  private ManagementService management;
  private HistoryService history;
  private ProcurementRegister register;

  @BeforeEach
  void registerBeans() {
    ProcessTests.begin(engine.getProcessEngine());
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    management = engine.getManagementService();
    history = engine.getHistoryService();
    register = ProcurementFixtures.register();
    ProcurementSteps steps = new ProcurementSteps(register, TestCaseNumbers.sequential("20261123"),
        new HuifangProperties(null, null, null));
    Mocks.register("registerPurchaseListener", new RegisterPurchaseListener(steps));
    Mocks.register("chooseSampleQuarterListener", new ChooseSampleQuarterListener(steps));
    Mocks.register("drawProcurementSampleDelegate", new DrawProcurementSampleDelegate(steps));
    Mocks.register("recordProcurementStepListener", new RecordProcurementStepListener(steps));
    Mocks.register("compileHalfYearFiguresDelegate", new CompileHalfYearFiguresDelegate(steps));
  }

  @AfterEach
  void reset() {
    ProcessTests.end();
  }

  private static Map<String, Object> purchase(String issuerContact) {
    Map<String, Object> v = new HashMap<>(Map.of("item", "84消毒液", "category", "cleaning", "quantity", 20L,
        "unit", "瓶", "unitPrice", 12.5, "supplier", "洁康商行", "department", "保洁部", "purchasedOn", "2026-11-20",
        "initiator", "caigou"));
    if (issuerContact != null) {
      v.put("issuerContact", issuerContact);
    }
    return v;
  }

  private void onRegister(String item, Category category, String unitPrice, LocalDate on) {
    register.add(ProcurementFixtures.purchase(item, category, "10", unitPrice, on), Instant.now());
  }

  private ProcessInstance financeDraws(String quarter) {
    return runtime.startProcessInstanceByKey(Procurement.QUARTER_KEY, Map.of(QUARTER.name(), quarter));
  }

  private List<ProcessInstance> revisitsOf(ProcessInstance quarter) {
    return runtime.createProcessInstanceQuery().superProcessInstanceId(quarter.getId()).list();
  }

  /** The open task of the instance is offered to the group as well (its buyer may have left). */
  private boolean offeredTo(String group, ProcessInstance instance) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).taskCandidateGroup(group).includeAssignedTasks()
        .count() == 1;
  }

  private Task task(ProcessInstance instance) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  @Test
  @DisplayName("Q1 a purchase with the invoice issuer's phone is numbered, put on the register and needs nothing more")
  void purchaseWithIssuer() {
    ProcessInstance p = runtime.startProcessInstanceByKey(Procurement.PURCHASE_KEY, purchase("0755-26881234"));
    assertThat(p).isEnded().hasPassed(PurchaseElements.END_REGISTERED);
    assertThat(p.getBusinessKey()).isEqualTo("CG-20261123-0001");
    PurchaseRecord onRegister = register.purchase("CG-20261123-0001").orElseThrow();
    assertThat(onRegister.unitPrice()).isEqualByComparingTo("12.50");
    assertThat(onRegister.quantity()).isEqualByComparingTo("20");
    assertThat(onRegister.issuerContact()).isEqualTo("0755-26881234");
    assertThat(onRegister.buyer()).isEqualTo("caigou");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(p.getId())
        .variableName(ISSUER_MISSING.name()).singleResult().getValue()).isEqualTo(false);
  }

  @Test
  @DisplayName("Q1 a purchase without the issuer's phone or address is flagged: its buyer completes it before reimbursement")
  void purchaseWithoutIssuer() {
    ProcessInstance p = runtime.startProcessInstanceByKey(Procurement.PURCHASE_KEY, purchase(null));
    assertThat(p).isWaitingAt(PurchaseElements.COMPLETE_ISSUER).variables().containsEntry(ISSUER_MISSING.name(), true);
    Task complete = task(p);
    assertThat(complete).isAssignedTo("caigou");
    assertThat(offeredTo("buyer", p)).isTrue();
    assertThat(complete.getDueDate()).isEqualTo(Date.from(ProcessTests.NOW.plus(Duration.ofDays(1))));
    assertThat(register.purchase(p.getBusinessKey()).orElseThrow().issuerContact()).isNull();

    assertThatThrownBy(() -> tasks.complete(complete.getId(), Map.of("issuerContact", " ")))
        .isInstanceOf(InvalidInput.Refused.class).hasMessageContaining("请填写开票人电话或详细地址");
    assertThat(p).isWaitingAt(PurchaseElements.COMPLETE_ISSUER);

    tasks.complete(complete.getId(), Map.of("issuerContact", "深圳市福田区华强北路1号"));
    assertThat(p).isEnded().hasPassed(PurchaseElements.END_COMPLETED);
    assertThat(register.purchase(p.getBusinessKey()).orElseThrow().issuerContact()).isEqualTo("深圳市福田区华强北路1号");
  }

  @Test
  @DisplayName("Q1 a purchase with bad fields is refused field by field in Chinese, and nothing is registered")
  void purchaseRefused() {
    Map<String, Object> bad = purchase(null);
    bad.put("category", "food");
    bad.put("unitPrice", "12.345");
    bad.put("purchasedOn", "2026-12-01");
    bad.remove("supplier");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(Procurement.PURCHASE_KEY, bad))
        .isInstanceOfSatisfying(InvalidInput.Refused.class, refused -> assertThat(refused.errors())
            .containsEntry("category", PurchaseRequest.CATEGORY_HINT)
            .containsEntry("unitPrice", "单价应为大于0的金额(元),最多2位小数")
            .containsEntry("supplier", "请填写供应商")
            .containsEntry("purchasedOn", "采购日期不能晚于今天"))
        .hasMessage("采购登记有4处需要更正");
    assertThat(runtime.createProcessInstanceQuery().count()).isZero();
    assertThat(register.purchasedBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1))).isEmpty();
  }

  @Test
  @DisplayName("Q2 the timer fires at 12:00 on the first day of each quarter and draws the quarter before, each item with its reason")
  void timerDrawsTheQuarterBefore() {
    for (int i = 1; i <= 7; i++) {
      onRegister("拖把" + i, Category.CLEANING, "35", LocalDate.of(2026, 10, i));
    }
    onRegister("笔记本电脑", Category.ASSET, "5800", LocalDate.of(2026, 11, 2));
    onRegister("打印纸", Category.OFFICE, "25", LocalDate.of(2026, 9, 30)); // Q3: not drawn for Q4

    Job timer = management.createJobQuery().timers().activityId(QuarterElements.START_TIMER).singleResult();
    Date due = Date.from(LocalDateTime.of(2027, 1, 1, 12, 0).atZone(ZONE).toInstant());
    assertThat(timer.getDuedate()).isEqualTo(due);
    ClockUtil.setCurrentTime(due);
    management.executeJob(timer.getId());

    HistoricProcessInstance drawn = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(Procurement.QUARTER_KEY).singleResult();
    assertThat(drawn.getBusinessKey()).isEqualTo("2026-Q4");
    ProcessInstance quarter = runtime.createProcessInstanceQuery().processInstanceId(drawn.getId()).singleResult();
    assertThat(quarter).isWaitingAt(QuarterElements.REVISIT_ITEMS).hasPassed(QuarterElements.START_TIMER)
        .variables().containsEntry(DRAWN_COUNT.name(), 6).containsKey(SEED.name());
    assertThat((String) runtime.getVariable(quarter.getId(), EXPLANATION.name()))
        .contains("单价超过2000元的采购:1笔,全部回访", "清洁用品(含消杀药品):本季度采购7种,可抽7种,应抽5种,抽中5种",
            "办公用品:本季度采购0种,可抽0种,应抽3种,抽中0种;本季度无可抽取的商品");
    List<ProcessInstance> revisits = revisitsOf(quarter);
    assertThat(revisits).hasSize(6);
    List<Task> revisitTasks = tasks.createTaskQuery().taskDefinitionKey(RevisitElements.REVISIT_SUPPLIER).list();
    assertThat(revisitTasks).hasSize(6).allSatisfy(t -> {
      assertThat(t).hasCandidateGroup("finance");
      assertThat(t.getDueDate()).isEqualTo(Date.from(due.toInstant().plus(Duration.ofDays(14))));
      assertThat((String) tasks.getVariable(t.getId(), SAMPLE_REASON.name())).isNotBlank();
    });
    assertThat(revisitTasks).extracting(t -> (String) tasks.getVariable(t.getId(), SAMPLE_REASON.name()))
        .contains("单价5800.00元,超过2000元,全部回访", "随机抽取:清洁用品(含消杀药品)本季度可抽7种,抽取5种");

    // every revisit done: the quarter is done
    revisitTasks.forEach(t -> tasks.complete(t.getId(), revisit(false)));
    assertThat(quarter).isEnded().hasPassed(QuarterElements.END_DONE);
  }

  @Test
  @DisplayName("Q2 adjacent quarters never sample the same item: the kinds drawn for Q3 are left out of Q4's draw")
  void adjacentQuarters() {
    for (int i = 1; i <= 6; i++) {
      onRegister("清洁剂" + i, Category.CLEANING, "20", LocalDate.of(2026, 8, i));
      onRegister("清洁剂" + i, Category.CLEANING, "20", LocalDate.of(2026, 10, i));
    }
    ProcessInstance q3 = financeDraws("2026-Q3");
    assertThat(q3).hasPassed(QuarterElements.START_TIMER);
    List<String> q3Items = revisitsOf(q3).stream().map(r -> (String) runtime.getVariable(r.getId(), ITEM.name()))
        .toList();
    assertThat(q3Items).hasSize(5);

    ProcessInstance q4 = financeDraws("2026-Q4");
    List<String> q4Items = revisitsOf(q4).stream().map(r -> (String) runtime.getVariable(r.getId(), ITEM.name()))
        .toList();
    assertThat(q4Items).hasSize(1).doesNotContainAnyElementsOf(q3Items);
    assertThat((String) runtime.getVariable(q4.getId(), EXPLANATION.name()))
        .contains("清洁用品(含消杀药品):本季度采购6种,上季度已抽样不再抽取5种(");
  }

  @Test
  @DisplayName("Q2 finance may start a draw for a begun quarter; a quarter without purchases ends at once; a future one is refused")
  void financeStartsAQuarterWithoutPurchases() {
    ProcessInstance q1 = financeDraws("2026-Q1");
    assertThat(q1).isEnded().hasPassed(QuarterElements.END_NOTHING);
    assertThat(q1.getBusinessKey()).isEqualTo("2026-Q1");
    assertThatThrownBy(() -> financeDraws("2027-Q1")).isInstanceOf(InvalidInput.Refused.class)
        .hasMessageContaining("抽样季度应为已开始的季度");
    assertThatThrownBy(() -> financeDraws("2026 Q3")).isInstanceOf(InvalidInput.Refused.class);
  }

  private static Map<String, Object> revisit(boolean doubt) {
    return Map.of("revisitMethod", "phone", "pricesFound", "原供方还价后 5300元;电脑城某店 5200元", "lowestPrice", 5200L,
        "conclusion", doubt ? "实际单价高于市场最低价600元" : "价格合理", "revisitorSignature", "钱芳", "doubt", doubt);
  }

  /** One asset of 2026-Q3 above 2000 yuan: its revisit, waiting for finance. */
  private ProcessInstance oneRevisit() {
    onRegister("笔记本电脑", Category.ASSET, "5800", LocalDate.of(2026, 8, 3));
    List<ProcessInstance> revisits = revisitsOf(financeDraws("2026-Q3"));
    assertThat(revisits).hasSize(1);
    return revisits.get(0);
  }

  private Map<String, Object> row(ProcessInstance revisit) {
    String sampleId = (String) history.createHistoricVariableInstanceQuery().processInstanceId(revisit.getId())
        .variableName(SAMPLE_ID.name()).singleResult().getValue();
    return register.sampledRow(sampleId, revisit.getBusinessKey());
  }

  @Test
  @DisplayName("Q3 the revisit records method, prices, the lowest price and the difference to what was paid, signed; no doubt ends it")
  void revisitWithoutDoubt() {
    ProcessInstance revisit = oneRevisit();
    Task task = task(revisit);
    assertThatThrownBy(() -> tasks.complete(task.getId(), Map.of("revisitMethod", "fax", "doubt", false)))
        .isInstanceOfSatisfying(InvalidInput.Refused.class, refused -> assertThat(refused.errors()).containsKeys(
            "revisitMethod", "pricesFound", "lowestPrice", "conclusion", "revisitorSignature"));
    tasks.complete(task.getId(), revisit(false));
    assertThat(revisit).isEnded().hasPassed(RevisitElements.END_NO_DOUBT);
    Map<String, Object> row = row(revisit);
    assertThat(row).containsEntry("method", "phone").containsEntry("revisitor", "钱芳").containsEntry("doubt", false);
    assertThat((BigDecimal) row.get("lowest_price")).isEqualByComparingTo("5200");
    assertThat((BigDecimal) row.get("difference")).isEqualByComparingTo("600");
    assertThat(row.get("closed_at")).isNotNull();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(revisit.getId())
        .variableName(DIFFERENCE.name()).singleResult().getValue()).isEqualTo("600.00");
  }

  @Test
  @DisplayName("Q4 a doubt goes to the buyer who bought it; an explanation the revisitor accepts closes the revisit")
  void doubtExplained() {
    ProcessInstance revisit = oneRevisit();
    tasks.complete(task(revisit).getId(), revisit(true));
    Task explain = task(revisit);
    assertThat(revisit).isWaitingAt(RevisitElements.EXPLAIN);
    assertThat(explain).isAssignedTo("caigou");
    assertThat(offeredTo("buyer", revisit)).isTrue();
    tasks.complete(explain.getId(), Map.of("buyerExplanation", "含三年上门保修,市场价不含"));
    Task assess = task(revisit);
    assertThat(assess).hasDefinitionKey(RevisitElements.ASSESS).hasCandidateGroup("finance");
    tasks.complete(assess.getId(), Map.of("explanationAccepted", true));
    assertThat(revisit).isEnded().hasPassed(RevisitElements.END_EXPLAINED);
    assertThat(row(revisit)).containsEntry("explanation", "含三年上门保修,市场价不含")
        .containsEntry("explanation_accepted", true).containsEntry("finance_outcome", null);
    assertThat(row(revisit).get("closed_at")).isNotNull();
  }

  @Test
  @DisplayName("Q4 an explanation that does not satisfy goes to the finance manager, whose outcome is recorded")
  void doubtToFinanceManager() {
    ProcessInstance revisit = oneRevisit();
    tasks.complete(task(revisit).getId(), revisit(true));
    assertThatThrownBy(() -> tasks.complete(task(revisit).getId(), Map.of()))
        .isInstanceOf(InvalidInput.Refused.class).hasMessageContaining("请填写对疑问的解释");
    tasks.complete(task(revisit).getId(), Map.of("buyerExplanation", "当时急用"));
    tasks.complete(task(revisit).getId(), Map.of("explanationAccepted", false));
    Task manager = task(revisit);
    assertThat(manager).hasDefinitionKey(RevisitElements.FINANCE_MANAGER).hasCandidateGroup("finance-manager");
    assertThat(row(revisit).get("closed_at")).isNull();
    tasks.complete(manager.getId(), Map.of("financeManagerOutcome", "责成采购人员退回差价600元,并通报批评"));
    assertThat(revisit).isEnded().hasPassed(RevisitElements.END_ESCALATED);
    assertThat(row(revisit)).containsEntry("explanation_accepted", false)
        .containsEntry("finance_outcome", "责成采购人员退回差价600元,并通报批评");
    assertThat(row(revisit).get("closed_at")).isNotNull();
  }

  @Test
  @DisplayName("Q5 every half year finance sums up the problems: prefilled figures, money at stake per department and supplier")
  void halfYearSummary() {
    ProcessInstance escalated = oneRevisit(); // 2 laptops at 5800, lowest found 5200: 1200 yuan at stake
    tasks.complete(task(escalated).getId(), revisit(true));
    tasks.complete(task(escalated).getId(), Map.of("buyerExplanation", "当时急用"));
    tasks.complete(task(escalated).getId(), Map.of("explanationAccepted", false));
    tasks.complete(task(escalated).getId(), Map.of("financeManagerOutcome", "责成退回差价"));
    onRegister("打印纸", Category.OFFICE, "25", LocalDate.of(2026, 10, 8));
    ProcessInstance q4 = financeDraws("2026-Q4");
    tasks.complete(task(revisitsOf(q4).get(0)).getId(), revisit(false));

    Job timer = management.createJobQuery().timers().activityId(Procurement.SummaryElements.START).singleResult();
    Date due = Date.from(LocalDateTime.of(2027, 1, 1, 12, 0).atZone(ZONE).toInstant());
    assertThat(timer.getDuedate()).isEqualTo(due);
    ClockUtil.setCurrentTime(due);
    management.executeJob(timer.getId());

    Task summarise = tasks.createTaskQuery().taskDefinitionKey(Procurement.SummaryElements.SUMMARISE).singleResult();
    assertThat(summarise).hasCandidateGroup("finance");
    assertThat(summarise.getDueDate()).isEqualTo(Date.from(due.toInstant().plus(Duration.ofDays(7))));
    ProcessInstance summary = runtime.createProcessInstanceQuery().processInstanceId(summarise.getProcessInstanceId())
        .singleResult();
    assertThat(summary.getBusinessKey()).isEqualTo("2026-H2");
    assertThat(runtime.getVariables(summary.getId())).containsEntry(HALF_YEAR.name(), "2026-H2")
        .containsEntry(SAMPLED.name(), 2).containsEntry(REVISITED.name(), 2).containsEntry(DOUBTS.name(), 1)
        .containsEntry(EXPLAINED.name(), 0).containsEntry(ESCALATED.name(), 1).containsEntry(OPEN.name(), 0)
        .containsEntry(AT_STAKE.name(), "6000.00")
        .containsEntry(BY_DEPARTMENT.name(), "管理处:问题1件,涉及金额6000.00元")
        .containsEntry(BY_SUPPLIER.name(), "供方笔记本电脑:问题1件,涉及金额6000.00元");
    assertThat((String) runtime.getVariable(summary.getId(), PROBLEMS.name()))
        .contains("笔记本电脑", "实际单价5800.00元,回访最低价5200.00元,涉及金额6000.00元", "处理结果:责成退回差价");

    assertThatThrownBy(() -> tasks.complete(summarise.getId(), Map.of("problemSummary", "")))
        .isInstanceOf(InvalidInput.Refused.class).hasMessageContaining("请填写问题总结与改进措施");
    tasks.complete(summarise.getId(), Map.of("problemSummary", "资产采购应至少比价三家", "summarySignature", "钱芳"));
    assertThat(summary).isEnded().hasPassed(Procurement.SummaryElements.END);
  }

  @Test
  @DisplayName("Q5 finance may sum up a begun half year by hand; one without revisits says so; a future one is refused")
  void halfYearByHand() {
    ProcessInstance summary = runtime.startProcessInstanceByKey(Procurement.SUMMARY_KEY,
        Map.of(HALF_YEAR.name(), "2026-H1"));
    assertThat(summary).isWaitingAt(Procurement.SummaryElements.SUMMARISE).variables()
        .containsEntry(DOUBTS.name(), 0).containsEntry(AT_STAKE.name(), "0.00")
        .containsEntry(PROBLEMS.name(), "本半年回访未发现问题").containsEntry(BY_DEPARTMENT.name(), "无");
    // a case deleted while its task is open: the task's end listener records nothing and refuses nothing
    runtime.deleteProcessInstance(summary.getId(), "重复发起");
    assertThat(summary).isEnded();
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(Procurement.SUMMARY_KEY,
        Map.of(HALF_YEAR.name(), "2027-H1"))).isInstanceOf(InvalidInput.Refused.class)
        .hasMessageContaining("总结的半年应为已开始的半年");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(Procurement.SUMMARY_KEY,
        Map.of(HALF_YEAR.name(), "2026-H3"))).isInstanceOf(InvalidInput.Refused.class);
  }
}
