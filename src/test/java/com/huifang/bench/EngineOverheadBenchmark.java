package com.huifang.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.complaint.Complaint;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Engine overhead (issue 9): Huifang's complaint lifecycle on the general path through the owner's revisit, in
 * process on the whole application (the real listeners, DMN tables and delegate beans), against a bare process
 * with the same number of user tasks and gateways (counted from the history of a Huifang lifecycle in the same
 * run), two boundary timers like Huifang's answer and resolution deadlines, and no delegates, DMN or listeners.
 * Each task of both gets the same form input. On H2 (file) and PostgreSQL, with 1 and 4 threads: whole
 * lifecycles (start plus every completion) per second.
 *
 * <p>Settings: {@code bench.warmup} (seconds per side and thread count, default 20), {@code bench.measure}
 * (seconds per side and thread count, default 30), {@code bench.db} (h2,postgres), {@code bench.threads} (1,4).
 */
@Tag("bench")
class EngineOverheadBenchmark {

  private static final String BARE = "bench-complaint-shape";
  private static final String USER = "benchkefu";

  /** One step of the general path: the task and the form input it is completed with. */
  record Step(boolean inRevisit, String taskKey, Map<String, Object> input) {}

  private static List<Step> generalPath() {
    String due = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(1).withNano(0).toString();
    return List.of(
        new Step(false, "UserTask_ClassifyComplaint", Map.of("severity", "general")),
        new Step(false, "UserTask_AnswerOwner", Map.of("answerContent", "已安排工程部今日检修")),
        new Step(false, "UserTask_DispatchDepartments", Map.of("dispatchEngineering", true, "dueEngineering", due,
            "instructionsEngineering", "检修电梯导靴", "dispatchSecurity", false, "dispatchCleaning", false,
            "dispatchGreening", false)),
        new Step(false, "UserTask_DepartmentWork", Map.of("departmentResult", "已更换导靴")),
        new Step(false, "UserTask_ResolveComplaint", Map.of("resolution", "更换导靴", "economicLoss", 0,
            "causeCategory", "company")),
        new Step(false, "UserTask_ReportResult", Map.of("logCauseAnalysis", "导靴磨损", "logCorrectiveAction", "更换导靴", "logActionResult", "运行正常")),
        new Step(false, "UserTask_ReceiveResult", Map.of()),
        new Step(true, "UserTask_ConductRevisit", Map.of("revisitMethod", "phone", "satisfaction", "satisfied",
            "fixEffect", "电梯运行正常")),
        new Step(false, "UserTask_InformFirstContact", Map.of()));
  }

  private static Map<String, Object> intake() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("channel", "hotline");
    v.put("complaintType", "complaint");
    v.put("ownerName", "王建国");
    v.put("unit", "3栋2单元1101");
    v.put("ownerPhone", "13800138000");
    v.put("description", "电梯异响,夜间有噪音");
    v.put("initiator", USER);
    v.put(Complaint.Vars.FIRST_CONTACT.name(), USER);
    return v;
  }

  @Test
  void engineOverhead() throws Exception {
    int warmup = BenchSettings.seconds("warmup", 20);
    int measure = BenchSettings.seconds("measure", 30);
    List<Integer> threadCounts = java.util.Arrays.stream(System.getProperty("bench.threads", "1,4").split(","))
        .map(String::trim).map(Integer::valueOf).toList();
    BenchReport.start("Engine overhead: complaint lifecycle (general path through revisit) vs bare process, "
        + measure + " s per figure after " + warmup + " s warm-up; " + BenchSettings.loadAverage());
    for (String db : BenchSettings.databases()) {
      try (ConfigurableApplicationContext app = InProcessApp.start(db, "overhead")) {
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        int[] shape = huifangShape(engine);
        deployBare(engine, shape[0], shape[1]);
        BenchReport.figure("engine overhead, " + InProcessApp.label(db) + ": Huifang's general path has " + shape[0]
            + " user tasks, " + shape[1] + " gateways, " + shape[2] + " variables (history)", "–", 0, "–", true);
        for (int threads : threadCounts) {
          run(engine, false, threads, warmup);
          run(engine, true, threads, warmup);
          String load = BenchSettings.loadAverage();
          double bare = run(engine, true, threads, measure);
          double huifang = run(engine, false, threads, measure);
          BenchReport.row("engine overhead, " + InProcessApp.label(db) + ", " + threads + (threads == 1 ? " thread" : " threads")
              + " (" + load + ")", "lifecycles/s", huifang, bare, "≥ 0.8×", huifang >= 0.8 * bare);
        }
      }
    }
    BenchReport.figure("engine overhead: peak heap (-Xmx512m)", "MB", BenchReport.peakHeapMb(), "no OOM", true);
  }

  /** Runs one Huifang lifecycle and counts its user tasks, gateways and variables from history. */
  private static int[] huifangShape(ProcessEngine engine) {
    String id = huifangLifecycle(engine);
    var history = engine.getHistoryService();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult().getState())
        .isEqualTo("COMPLETED");
    List<String> instances = new ArrayList<>(List.of(id));
    history.createHistoricProcessInstanceQuery().superProcessInstanceId(id).list()
        .forEach(p -> instances.add(p.getId()));
    int tasks = 0;
    int gateways = 0;
    int variables = 0;
    for (String instance : instances) {
      for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery().processInstanceId(instance)
          .list()) {
        if (a.getActivityType().equals("userTask")) {
          tasks++;
        } else if (a.getActivityType().endsWith("Gateway")) {
          gateways++;
        }
      }
      variables += (int) history.createHistoricVariableInstanceQuery().processInstanceId(instance).count();
    }
    return new int[] {tasks, gateways, variables};
  }

  /** The bare counterpart: the user tasks in a row, the gateways spread between them, two boundary timers. */
  private static void deployBare(ProcessEngine engine, int tasks, int gateways) {
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(BARE).camundaHistoryTimeToLive(180)
        .startEvent("StartEvent_Bare");
    int gatewaysLeft = gateways;
    for (int t = 0; t < tasks; t++) {
      int here = (gatewaysLeft + (tasks - t) - 1) / (tasks - t);
      for (int g = 0; g < here; g++) {
        String gw = "Gateway_" + t + "_" + g;
        flow = flow.exclusiveGateway(gw).condition("other route", "${route == 'other'}").endEvent("EndEvent_" + gw)
            .moveToNode(gw).sequenceFlowId("Flow_" + gw + "_main").condition("main route", "${route != 'other'}");
        gatewaysLeft--;
      }
      flow = flow.userTask("UserTask_" + t).camundaCandidateGroups("customer-service");
      if (t == 1 || t == 4) {
        flow = ((org.camunda.bpm.model.bpmn.builder.UserTaskBuilder) flow).boundaryEvent("BoundaryEvent_" + t)
            .cancelActivity(false).timerWithDuration("P1D").endEvent("EndEvent_Timer_" + t).moveToNode("UserTask_" + t);
      }
    }
    BpmnModelInstance model = flow.endEvent("EndEvent_Bare").done();
    engine.getRepositoryService().createDeployment().name("bench").addModelInstance(BARE + ".bpmn", model).deploy();
  }

  private static String huifangLifecycle(ProcessEngine engine) {
    var runtime = engine.getRuntimeService();
    var tasks = engine.getTaskService();
    ProcessInstance complaint = runtime.startProcessInstanceByKey(Complaint.KEY, intake());
    for (Step step : generalPath()) {
      String instance = complaint.getId();
      if (step.inRevisit()) {
        instance = runtime.createProcessInstanceQuery().superProcessInstanceId(complaint.getId()).singleResult().getId();
      }
      Task task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(step.taskKey()).singleResult();
      if (task == null) {
        throw new IllegalStateException("no task " + step.taskKey() + " in " + instance);
      }
      tasks.complete(task.getId(), step.input());
    }
    return complaint.getId();
  }

  private static void bareLifecycle(ProcessEngine engine) {
    Map<String, Object> start = intake();
    start.put("route", "main");
    String id = engine.getRuntimeService().startProcessInstanceByKey(BARE, start).getId();
    var tasks = engine.getTaskService();
    for (Step step : generalPath()) {
      Task task = tasks.createTaskQuery().processInstanceId(id).singleResult();
      if (task == null) {
        throw new IllegalStateException("no bare task before " + step.taskKey());
      }
      tasks.complete(task.getId(), step.input());
    }
  }

  /** Lifecycles per second over the given time, with the given number of threads. */
  private static double run(ProcessEngine engine, boolean bare, int threads, int seconds) throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Integer>> done = new ArrayList<>();
    long started = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      done.add(pool.submit(() -> {
        int n = 0;
        while (System.nanoTime() < end) {
          if (bare) {
            bareLifecycle(engine);
          } else {
            huifangLifecycle(engine);
          }
          n++;
        }
        return n;
      }));
    }
    int total = 0;
    for (Future<Integer> f : done) {
      total += f.get();
    }
    pool.shutdown();
    return total / ((System.nanoTime() - started) / 1e9);
  }
}
