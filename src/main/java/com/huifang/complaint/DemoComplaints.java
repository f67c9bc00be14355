package com.huifang.complaint;

import com.huifang.engine.StartupStep;
import com.huifang.engine.StartupWork;
import com.huifang.engine.EngineClock;
import static com.huifang.complaint.Complaint.Elements.*;
import static com.huifang.complaint.Complaint.Vars.*;

import com.huifang.engine.HuifangProperties;
import com.huifang.engine.DemoCases;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: a handful of complaints at different stages and severities, worked by the demo users,
 * so every role's filters show real work, one complaint with its answer overdue (已超时, escalated as C6
 * says) included. Opened once per database. At night the first steps wait for the control center (C2).
 */
@Component
class DemoComplaints implements StartupWork {

  @Override
  public StartupStep step() {
    return StartupStep.DEMO_COMPLAINTS;
  }

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final DemoCases demoCases;
  private final HuifangProperties properties;

  DemoComplaints(RuntimeService runtime, TaskService tasks, ManagementService management, DemoCases demoCases,
      HuifangProperties properties) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.demoCases = demoCases;
    this.properties = properties;
  }

  @Override
  public void run() {
    if (!demoCases.toOpen(Complaint.KEY)) {
      return;
    }
    // just received: to be classified (or, at night, registered by the control center)
    receive("hotline", "complaint", "刘芳", "1栋302", "0755-26881234", "楼道灯坏了三天,晚上回家看不见台阶", Map.of());

    // a suggestion for the senior housekeeper, received yesterday and not yet forwarded: late (已超时)
    receivedEarlier(receive("online", "suggestion", "陈晓", "5栋801", "13912345678", "建议在小区北门增设快递柜",
        Map.of()), Duration.ofHours(26));

    // important, received two hours ago: the senior housekeeper must answer within the next hour, and the chief
    // housekeeper, told at once, has not yet acknowledged it (已超时)
    ProcessInstance lift = registeredAtNight(receive("walkIn", "complaint", "赵明", "2栋1单元502", "13700001111",
        "电梯维保人员说好上午来,到下午也没人,电梯一直异响", Map.of("companyFault", true)));
    classify(lift, "important", null);
    receivedEarlier(lift, Duration.ofHours(2));

    // answered and dispatched to two departments, each with its own deadline
    ProcessInstance garage = registeredAtNight(receive("hotline", "complaint", "王建国", "3栋2单元1101", "13800138000",
        "地下车库B区顶板漏水,滴在车上", Map.of()));
    classify(garage, "general", null);
    complete(garage, ANSWER_OWNER, "guanjia", Map.of("answerContent", "已安排工程部今天查漏,保洁部清理积水"));
    OffsetDateTime now = OffsetDateTime.ofInstant(EngineClock.now(), properties.zone());
    Map<String, Object> dispatched = new LinkedHashMap<>(
        Complaint.Department.ENGINEERING.dispatched(now.plusDays(1).toString(), "查明B区顶板漏水点并修补"));
    dispatched.putAll(Complaint.Department.CLEANING.dispatched(now.plusMinutes(30).toString(), "清理B区积水,放置警示牌"));
    complete(garage, DISPATCH, "guanjia", dispatched);

    // important, received just now and answered at once: the chief housekeeper must acknowledge it within the hour,
    // and the engineering department was given 45 minutes (即将超时)
    ProcessInstance pipe = registeredAtNight(receive("hotline", "complaint", "李明", "2栋801", "13700004444",
        "楼上水管爆裂,水从天花板漏进客厅", Map.of("companyFault", true)));
    classify(pipe, "important", null);
    complete(pipe, ANSWER_OWNER, "daguanjia", Map.of("answerContent", "工程部马上关阀抢修,维修后上门查看损失"));
    complete(pipe, DISPATCH, "daguanjia",
        Complaint.Department.ENGINEERING.dispatched(now.plusMinutes(45).toString(), "关闭2栋总阀,更换爆裂水管"));

    // dispatched four hours ago with deadlines of three and two hours: both departments are late (已超时)
    ProcessInstance drain = registeredAtNight(receive("hotline", "complaint", "吴敏", "2栋1101", "13300004444",
        "单元门口下水道堵塞,污水漫到路面", Map.of()));
    classify(drain, "general", null);
    complete(drain, ANSWER_OWNER, "guanjia", Map.of("answerContent", "已通知工程部疏通,保洁部清洗路面"));
    Map<String, Object> drainWork = new LinkedHashMap<>(
        Complaint.Department.ENGINEERING.dispatched(now.plusHours(3).toString(), "疏通单元门口下水道"));
    drainWork.putAll(Complaint.Department.CLEANING.dispatched(now.plusHours(2).toString(), "清洗污水漫过的路面并消毒"));
    complete(drain, DISPATCH, "guanjia", drainWork);
    receivedEarlier(drain, Duration.ofHours(4));

    // the answer deadline has passed: the answer task is overdue, and the senior housekeeper was told (C6)
    ProcessInstance noise = registeredAtNight(receive("walkIn", "complaint", "孙丽", "6栋1203", "13600002222",
        "楼上装修晚上十点后仍在施工,噪音很大", Map.of()));
    classify(noise, "general", null);
    backdateAnswerDeadline(noise, Duration.ofMinutes(30));

    // resolved and reported: customer service revisits the owner
    ProcessInstance bill = registeredAtNight(receive("letter", "complaint", "周杰", "8栋2单元601", "13500003333",
        "物业费账单多收了一个月", Map.of()));
    classify(bill, "general", null);
    complete(bill, ANSWER_OWNER, "guanjia", Map.of("answerContent", "已核对,确属多收,将退还"));
    complete(bill, DISPATCH, "guanjia", Map.of());
    complete(bill, RESOLVE, "guanjia", Map.of("resolution", "已退还多收的物业费", ECONOMIC_LOSS, 0L,
        "causeCategory", "company"));
    complete(bill, REPORT_RESULT, "kefu", Map.of("logCauseAnalysis", "账单系统重复计费",
        "logCorrectiveAction", "核对并退还多收费用", "logActionResult", "已退还,业主确认"));
    // C18: the office manager has received the result (the demo's overdue work for jingli stays what it was)
    complete(bill, RECEIVE_RESULT, "jingli", Map.of());
  }

  private ProcessInstance receive(String channel, String type, String owner, String unit, String phone,
      String description, Map<String, Object> extra) {
    VariableMap variables = Variables.createVariables().putValue(CHANNEL.name(), channel)
        .putValue(COMPLAINT_TYPE.name(), type).putValue(OWNER_NAME.name(), owner).putValue(UNIT.name(), unit)
        .putValue(OWNER_PHONE.name(), phone).putValue(DESCRIPTION.name(), description)
        .putValue(FIRST_CONTACT.name(), "kefu").putValue(HuifangProperties.Demo.MARKER, true);
    variables.putAll(extra);
    return runtime.startProcessInstanceByKey(Complaint.KEY, variables);
  }

  /** At night (C2) the control center registered it and had it looked at tonight. */
  private ProcessInstance registeredAtNight(ProcessInstance pi) {
    complete(pi, NIGHT_SHIFT, "jiankong", Map.of(URGENT.name(), false, OWNER_CONSENTS_TO_DEFER.name(), false,
        NIGHT_DISPOSAL.name(), "夜间已登记,当值人员已到场查看并安抚业主"));
    return pi;
  }

  private void classify(ProcessInstance pi, String severity, String reason) {
    VariableMap variables = Variables.createVariables().putValue(SEVERITY.name(), severity);
    if (reason != null) {
      variables.putValue(OVERRIDE_REASON.name(), reason);
    }
    complete(pi, CLASSIFY, "guanjia", variables);
  }

  /** Completes the step when the case is there; at night the case waits for the control center first. */
  private void complete(ProcessInstance pi, String activityId, String user, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activityId).singleResult();
    if (task != null) {
      tasks.claim(task.getId(), user);
      tasks.complete(task.getId(), variables);
    }
  }

  /**
   * The case was received {@code ago} earlier than it was started here: its open tasks' due dates, its timers
   * ({@link DemoCases#reachedEarlier}) and its dates (received at, deadlines) move back by that much.
   */
  private void receivedEarlier(ProcessInstance pi, Duration ago) {
    demoCases.reachedEarlier(pi.getId(), ago);
    runtime.getVariables(pi.getId()).forEach((name, value) -> {
      if (value instanceof Date date) {
        runtime.setVariable(pi.getId(), name, Date.from(date.toInstant().minus(ago)));
      }
    });
  }

  private void backdateAnswerDeadline(ProcessInstance pi, Duration ago) {
    Task answer = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(ANSWER_OWNER).singleResult();
    if (answer == null) {
      return;
    }
    Date due = Date.from(EngineClock.now().minus(ago));
    answer.setDueDate(due);
    tasks.saveTask(answer);
    runtime.setVariable(pi.getId(), ANSWER_DUE.name(), due);
    Job deadline = management.createJobQuery().processInstanceId(pi.getId()).activityId(ANSWER_DEADLINE).singleResult();
    management.setJobDuedate(deadline.getId(), due); // the job executor escalates it at once
  }
}
