package com.huifang.survey;

import static com.huifang.survey.CustomerSurvey.Elements.*;
import static com.huifang.survey.CustomerSurvey.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.huifang.ProcessTests;
import com.huifang.TestCaseNumbers;
import com.huifang.engine.HuifangProperties;
import com.huifang.engine.InvalidInput;
import com.huifang.revisit.OwnerRevisit;
import com.huifang.revisit.RevisitBeansForTests;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The annual customer survey (S1–S3, K7) on a plain engine with the real listeners and delegates, the real survey
 * register (H2, V14), the real owner revisit and the real return form as the item configuration: one test per path.
 */
@Deployment(resources = {"processes/customer-survey.bpmn", "processes/owner-revisit.bpmn",
    "processes/task-due-defaults.dmn", "forms/survey-return.form"})
class CustomerSurveyProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine =
      ProcessTests.engineCovering100PercentExcept(OwnerRevisit.KEY);

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /** The deadline 2026-12-31 closes the survey at the end of that day. */
  static final Date CLOSES = at(LocalDateTime.of(2027, 1, 1, 0, 0));
  /** Seven days before. */
  static final Date REMINDER = at(LocalDateTime.of(2026, 12, 25, 0, 0));

  private RuntimeService runtime;
  private TaskService tasks;
  private ManagementService management;
  private SurveyFixtures survey;

  @BeforeEach
  void registerBeans() {
    ProcessTests.begin(engine.getProcessEngine());
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    management = engine.getManagementService();
    new RevisitBeansForTests(TestCaseNumbers.sequential("20261123"), new HuifangProperties(null, null, null))
        .registerAll();
    survey = new SurveyFixtures("20261123").households(SurveyFixtures.PROJECT, 4);
    SurveyService service = survey.service;
    Mocks.register("issueQuestionnairesDelegate",
        new IssueQuestionnairesDelegate(service, new SurveyItems(engine.getRepositoryService())));
    Mocks.register("recordSurveyReturnListener", new RecordSurveyReturnListener(service));
    Mocks.register("checkReturnRateDelegate", new CheckReturnRateDelegate(service));
    Mocks.register("closeSurveyDelegate", new CloseSurveyDelegate(service));
    Mocks.register("recordSurveyVerificationListener", new RecordSurveyVerificationListener(service));
    Mocks.register("finalizeSurveyResultsDelegate", new FinalizeSurveyResultsDelegate(service));
    Mocks.register("recordSurveyCausesListener", new RecordSurveyCausesListener(service));
    Mocks.register("closeOutSurveyActionsListener", new CloseOutSurveyActionsListener(service));
  }

  @AfterEach
  void reset() {
    ProcessTests.end();
  }

  static Date at(LocalDateTime time) {
    return Date.from(time.atZone(ZONE).toInstant());
  }

  private ProcessInstance start(String project, Object year, String deadline) {
    Map<String, Object> v = new HashMap<>();
    v.put(PROJECT.name(), project);
    v.put(YEAR, year);
    v.put(DEADLINE_INPUT, deadline);
    v.put("initiator", "jingli");
    return runtime.startProcessInstanceByKey(CustomerSurvey.KEY, v);
  }

  private Task task(ProcessInstance pi, String activity) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activity).singleResult();
  }

  private Job timer(ProcessInstance pi, String activity) {
    return management.createJobQuery().processInstanceId(pi.getId()).timers().activityId(activity).singleResult();
  }

  private void fire(Job job, Date due) {
    assertThat(job.getDuedate()).isEqualTo(due);
    ClockUtil.setCurrentTime(due);
    management.executeJob(job.getId());
  }

  /** Records one household's questionnaire in Tasklist's way: 6 items, the given ratings by item id. */
  private void recordReturn(ProcessInstance pi, String unit, Map<String, String> ratings, String opinion) {
    var v = Variables.createVariables().putValue(RETURN_UNIT.name(), unit);
    ratings.forEach((item, rating) -> v.putValue(CustomerSurvey.ITEM_PREFIX + item, rating));
    if (opinion != null) {
      v.putValue(RETURN_OPINION.name(), opinion);
    }
    tasks.complete(task(pi, RECORD_RETURN).getId(), v);
  }

  private static Map<String, String> all(String rating) {
    return Map.of("customerService", rating, "security", rating, "cleaning", rating, "greening", rating,
        "maintenance", rating, "charges", rating);
  }

  /** Completes every open verification revisit of the survey with the verdict. */
  private List<ProcessInstance> revisits(ProcessInstance pi) {
    return runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).list();
  }

  private void revisit(ProcessInstance revisit, String satisfaction) {
    Task conduct = tasks.createTaskQuery().processInstanceId(revisit.getId())
        .taskDefinitionKey(OwnerRevisit.Elements.CONDUCT_REVISIT).singleResult();
    assertThat(conduct).hasCandidateGroup("customer-service");
    tasks.complete(conduct.getId(), Variables.createVariables().putValue("revisitMethod", "phone")
        .putValue("satisfaction", satisfaction).putValue("fixEffect", "核实问卷"));
  }

  private String unitOf(ProcessInstance revisit) {
    return (String) runtime.getVariable(revisit.getId(), OwnerRevisit.Vars.UNIT.name());
  }

  @Test
  @DisplayName("S1 a project's survey of a year is refused for an unknown project, a past deadline or a second start")
  void refusals() {
    assertThatThrownBy(() -> start("无此项目", 2026L, "2026-12-31")).isInstanceOf(InvalidInput.Refused.class)
        .satisfies(e -> assertThat(((InvalidInput.Refused) e).errors().get(PROJECT.name())).contains("没有项目"));
    assertThatThrownBy(() -> start(SurveyFixtures.PROJECT, 2026L, "2026-11-01"))
        .isInstanceOf(InvalidInput.Refused.class)
        .satisfies(e -> assertThat(((InvalidInput.Refused) e).errors().get(DEADLINE_INPUT)).contains("须晚于今天"));
    assertThatThrownBy(() -> start(SurveyFixtures.PROJECT, "明年", "2026-12-31"))
        .isInstanceOf(InvalidInput.Refused.class)
        .satisfies(e -> assertThat(((InvalidInput.Refused) e).errors().get(YEAR)).contains("年度"));
    start(SurveyFixtures.PROJECT, 2026L, "2026-12-31");
    assertThatThrownBy(() -> start(SurveyFixtures.PROJECT, 2026L, "2026-12-20"))
        .isInstanceOf(InvalidInput.Refused.class)
        .satisfies(e -> assertThat(((InvalidInput.Refused) e).errors().get(YEAR)).contains("已经发起")
            .contains("DC-20261123-0001"));
  }

  @Test
  @DisplayName("S1 every household gets a questionnaire; returns are recorded one by one, refusing strangers and repeats;"
      + " all back closes early; S2 every 不满意 and a 10 % sample verified by revisits; S3 actions tracked to close")
  void allReturnedVerifiedAndClosedOut() {
    ProcessInstance pi = start(SurveyFixtures.PROJECT, 2026L, "2026-12-31");
    assertThat(pi.getBusinessKey()).isEqualTo("DC-20261123-0001");
    assertThat(pi).isWaitingAt(RECORD_RETURN, REMINDER_TIMER).hasPassed(ISSUE)
        .variables().containsEntry(HOUSEHOLDS.name(), 4).containsEntry(CLOSES_AT.name(), CLOSES);
    assertThat(task(pi, RECORD_RETURN)).hasCandidateGroup("customer-service").hasDueDate(CLOSES);
    assertThat(timer(pi, REMINDER_TIMER).getDuedate()).isEqualTo(REMINDER);
    assertThat(timer(pi, DEADLINE).getDuedate()).isEqualTo(CLOSES);
    assertThat(survey.register.questionnaires("DC-20261123-0001")).extracting(Questionnaire::unit)
        .containsExactly("1栋101", "1栋102", "1栋103", "1栋104");
    assertThat(survey.register.find("DC-20261123-0001").orElseThrow().items()).extracting(SurveyItem::label)
        .containsExactly("客户服务", "安全秩序", "清洁卫生", "绿化", "工程维修", "收费");

    assertThatThrownBy(() -> recordReturn(pi, "9栋901", all("satisfied"), null))
        .isInstanceOf(InvalidInput.Refused.class).hasMessageContaining("问卷回收登记")
        .satisfies(e -> assertThat(((InvalidInput.Refused) e).errors().get(RETURN_UNIT.name())).contains("不是项目"));
    Map<String, String> oneDissatisfied = new HashMap<>(all("verySatisfied"));
    oneDissatisfied.put("charges", "dissatisfied");
    recordReturn(pi, "1栋101", oneDissatisfied, "物业费偏高");
    assertThat(runtime.getVariables(pi.getId())).doesNotContainKeys("item_charges", RETURN_UNIT.name())
        .containsEntry(RETURNED.name(), 1);
    assertThatThrownBy(() -> recordReturn(pi, "1栋101", all("satisfied"), null))
        .isInstanceOf(InvalidInput.Refused.class)
        .satisfies(e -> assertThat(((InvalidInput.Refused) e).errors().get(RETURN_UNIT.name())).contains("已回收登记"));
    assertThatThrownBy(() -> recordReturn(pi, "1栋102", Map.of(), null)).isInstanceOf(InvalidInput.Refused.class)
        .hasMessageContaining("问卷回收登记");
    recordReturn(pi, "1栋102", all("satisfied"), null);
    recordReturn(pi, "1栋103", all("fairlySatisfied"), null);
    recordReturn(pi, "1栋104", Map.of("greening", "satisfied"), "希望多种树");

    // every questionnaire back: the collection ends without waiting for the deadline
    assertThat(pi).hasPassed(END_ALL_RETURNED, CLOSE).isWaitingAt(VERIFY);
    assertThat(timer(pi, DEADLINE)).isNull();
    List<ProcessInstance> revisits = revisits(pi);
    // the 不满意 return and 10 % of the 3 others rounded up: 1
    assertThat(revisits).hasSize(2);
    assertThat(revisits).extracting(this::unitOf).contains("1栋101");
    assertThat(runtime.getVariable(revisits.get(0).getId(), OwnerRevisit.Vars.CATEGORY.name())).isEqualTo("survey");
    assertThat(survey.register.find("DC-20261123-0001").orElseThrow().status()).isEqualTo(SurveyRecord.VERIFYING);
    revisits.forEach(r -> revisit(r, "satisfied"));

    assertThat(pi).hasPassed(FINALIZE).isWaitingAt(RECORD_CAUSES);
    assertThat(survey.register.find("DC-20261123-0001").orElseThrow().status()).isEqualTo(SurveyRecord.FINAL);
    assertThat(survey.register.questionnaires("DC-20261123-0001")).filteredOn(q -> q.verifyReason() != null)
        .allSatisfy(q -> assertThat(q.verifiedSatisfaction()).isEqualTo("satisfied"))
        .anySatisfy(q -> assertThat(q.verifyReason()).isEqualTo(Questionnaire.DISSATISFIED));
    Task causes = task(pi, RECORD_CAUSES);
    assertThat(causes).hasCandidateGroup("office-manager")
        .hasDueDate(Date.from(ProcessTests.NOW.plus(Duration.ofDays(7))));
    assertThatThrownBy(() -> tasks.complete(causes.getId(), Variables.createVariables()
        .putValue(CAUSES.name(), "收费标准解释不足").putValue(CORRECTIVE_ACTION.name(), "公示收费依据")))
        .isInstanceOf(InvalidInput.Refused.class).hasMessageContaining("纠正/预防措施");
    tasks.complete(causes.getId(), Variables.createVariables().putValue(CAUSES.name(), "收费标准解释不足")
        .putValue(CORRECTIVE_ACTION.name(), "公示收费依据").putValue(PREVENTIVE_ACTION.name(), "每季度公开账目")
        .putValue(RESPONSIBLE.name(), "客户服务中心").putValue(ACTION_DEADLINE_INPUT, "2027-01-31"));

    assertThat(pi).isWaitingAt(CLOSE_OUT);
    assertThat(task(pi, CLOSE_OUT)).hasCandidateGroup("office-manager").hasDueDate(at(LocalDateTime.of(2027, 2, 1, 0, 0)));
    tasks.complete(task(pi, CLOSE_OUT).getId(), Variables.createVariables().putValue(ACTIONS_DONE.name(), false)
        .putValue(CLOSE_OUT_NOTE.name(), "公示栏尚未更新").putValue(NEW_ACTION_DEADLINE_INPUT, "2027-02-28"));
    assertThat(pi).isWaitingAt(CLOSE_OUT);
    assertThat(task(pi, CLOSE_OUT)).hasDueDate(at(LocalDateTime.of(2027, 3, 1, 0, 0)));
    tasks.complete(task(pi, CLOSE_OUT).getId(), Variables.createVariables().putValue(ACTIONS_DONE.name(), true)
        .putValue(CLOSE_OUT_NOTE.name(), "已公示"));

    assertThat(pi).isEnded().hasPassed(END_CLOSED_OUT);
    SurveyRecord closed = survey.register.find("DC-20261123-0001").orElseThrow();
    assertThat(closed.status()).isEqualTo(SurveyRecord.CLOSED_OUT);
    assertThat(closed.actionDeadline()).isEqualTo("2027-02-28");
    assertThat(closed.closedOutNote()).isEqualTo("已公示");
  }

  @Test
  @DisplayName("K7 seven days before the deadline a return rate under 60 % reminds the office manager; S1 the deadline"
      + " closes the survey; nothing returned, nothing to verify; S3 causes without actions end it")
  void shortRateRemindedDeadlineClosesNothingToVerify() {
    ProcessInstance pi = start(SurveyFixtures.PROJECT, 2026L, "2026-12-31");
    recordReturn(pi, "1栋101", all("satisfied"), null); // 25 %

    fire(timer(pi, REMINDER_TIMER), REMINDER);
    assertThat(pi).hasPassed(CHECK_RATE).isWaitingAt(REMIND, RECORD_RETURN)
        .variables().containsEntry(RATE_SHORT.name(), true);
    Task remind = task(pi, REMIND);
    assertThat(remind).hasCandidateGroup("office-manager").hasDueDate(Date.from(REMINDER.toInstant().plus(Duration.ofDays(1))));
    tasks.complete(remind.getId(), Variables.createVariables().putValue(REMINDER_MEASURES.name(), "上门催收"));
    assertThat(pi).hasPassed(END_REMINDED).isWaitingAt(RECORD_RETURN);

    fire(timer(pi, DEADLINE), CLOSES);
    assertThat(pi).hasPassed(CLOSE).isWaitingAt(VERIFY);
    assertThat(revisits(pi)).hasSize(1); // the one return, all satisfied: 10 % of 1 rounded up
    revisit(revisits(pi).get(0), "satisfied");
    assertThat(pi).isWaitingAt(RECORD_CAUSES);
    tasks.complete(task(pi, RECORD_CAUSES).getId(), Variables.createVariables()
        .putValue(CAUSES.name(), "回收率低:业主多不在家"));
    assertThat(pi).isEnded().hasPassed(END_NO_ACTIONS);
    assertThat(survey.register.find("DC-20261123-0001").orElseThrow().status()).isEqualTo(SurveyRecord.CLOSED_OUT);
  }

  @Test
  @DisplayName("K7 a return rate of 60 % or more needs no reminder; S2 with no return at the deadline nothing is verified")
  void rateReachedAndNoReturnAtAll() {
    ProcessInstance reached = start(SurveyFixtures.PROJECT, 2026L, "2026-12-31");
    recordReturn(reached, "1栋101", all("satisfied"), null);
    recordReturn(reached, "1栋102", all("satisfied"), null);
    recordReturn(reached, "1栋103", all("satisfied"), null); // 75 %
    fire(timer(reached, REMINDER_TIMER), REMINDER);
    assertThat(reached).hasPassed(END_RATE_REACHED).hasNotPassed(REMIND).isWaitingAt(RECORD_RETURN)
        .variables().containsEntry(RATE_SHORT.name(), false);

    survey.households("锦绣华庭", 2);
    ProcessInstance none = start("锦绣华庭", 2026L, "2026-12-31");
    fire(timer(none, REMINDER_TIMER), REMINDER);
    fire(timer(none, DEADLINE), CLOSES);
    assertThat(none).hasPassed(CLOSE, FINALIZE).hasNotPassed(VERIFY).isWaitingAt(RECORD_CAUSES)
        .variables().containsEntry(VERIFY_COUNT.name(), 0);
  }

  @Test
  @DisplayName("S2 a 不满意 confirmed on the revisit is rectified in the revisit (R5) and recorded with its rounds")
  void dissatisfiedConfirmedAndRectified() {
    ProcessInstance pi = start(SurveyFixtures.PROJECT, 2026L, "2026-12-31");
    recordReturn(pi, "1栋101", Map.of("security", "dissatisfied"), "夜间巡逻少");
    fire(timer(pi, REMINDER_TIMER), REMINDER);
    tasks.complete(task(pi, REMIND).getId(), Variables.createVariables().putValue(REMINDER_MEASURES.name(), "电话催收"));
    fire(timer(pi, DEADLINE), CLOSES);

    ProcessInstance revisit = revisits(pi).get(0);
    assertThat(revisits(pi)).hasSize(1); // the 不满意 one; no other return to sample
    revisit(revisit, "dissatisfied");
    Task rectify = tasks.createTaskQuery().processInstanceId(revisit.getId())
        .taskDefinitionKey(OwnerRevisit.Elements.RECTIFY).singleResult();
    tasks.complete(rectify.getId(), Variables.createVariables().putValue("rectification", "增加夜间巡逻"));
    revisit(revisit, "satisfied");

    assertThat(pi).isWaitingAt(RECORD_CAUSES);
    Questionnaire verified = survey.register.questionnaires("DC-20261123-0001").get(0);
    assertThat(verified.verifyReason()).isEqualTo(Questionnaire.DISSATISFIED);
    assertThat(verified.verifiedSatisfaction()).isEqualTo("satisfied");
    assertThat(verified.verifyRounds()).isEqualTo(2);
    assertThat(verified.verifiedAt()).isEqualTo(Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime()));
  }
}
