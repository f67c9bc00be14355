package com.huifang.kpi;

import com.huifang.engine.StartupStep;
import com.huifang.engine.StartupWork;
import com.huifang.engine.HistoryVariables;
import com.huifang.complaint.Complaint;
import com.huifang.kpi.KpiReadModel.ComplaintRow;
import com.huifang.kpi.KpiReadModel.Missing;
import com.huifang.kpi.KpiReadModel.RevisitRow;
import com.huifang.revisit.OwnerRevisit;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.HistoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Fills the KPI read model from the engine's history where it has no row, at start-up (after the engine is up, so
 * its history tables exist): every ended complaint and completed 回访业主 round, e.g. of a database from before V6
 * or of a node that ran an older version. Each row is inserted unless there, so two nodes filling at once write
 * no double.
 */
@Component
class KpiBackfill implements StartupWork {

  @Override
  public StartupStep step() {
    return StartupStep.KPI_BACKFILL;
  }

  private static final Logger LOG = LoggerFactory.getLogger(KpiBackfill.class);

  private final KpiReadModel readModel;
  private final ComplaintKpiFacts complaintFacts;
  private final HistoryService history;

  KpiBackfill(KpiReadModel readModel, ComplaintKpiFacts complaintFacts, HistoryService history) {
    this.readModel = readModel;
    this.complaintFacts = complaintFacts;
    this.history = history;
  }

  @Override
  public void run() {
    long started = System.nanoTime();
    int complaints = fillComplaints();
    int rounds = fillRevisitRounds();
    if (complaints + rounds > 0) {
      LOG.info("KPI read model: filled {} ended complaint cases and {} revisit rounds from history in {} ms",
          complaints, rounds, (System.nanoTime() - started) / 1_000_000);
    }
  }

  /** The ended complaint-handling instances without a row; how many added. */
  int fillComplaints() {
    List<Missing> missing = readModel.endedWithoutRow(Complaint.KEY);
    if (missing.isEmpty()) {
      return 0;
    }
    Map<String, Map<String, Object>> vars = HistoryVariables.ofProcesses(history,
        missing.stream().map(Missing::id).toList(), ComplaintKpiFacts.VARIABLES);
    int added = 0;
    for (Missing m : missing) {
      ComplaintRow row = complaintFacts.of(m.id(), m.endTime(), vars.getOrDefault(m.id(), Map.of()));
      added += insert(() -> readModel.insert(row));
    }
    return added;
  }

  /** The completed 回访业主 rounds without a row, with their round record if they have one; how many added. */
  int fillRevisitRounds() {
    List<Missing> missing = readModel.completedTasksWithoutRow(OwnerRevisit.KEY, OwnerRevisit.Elements.CONDUCT_REVISIT);
    if (missing.isEmpty()) {
      return 0;
    }
    Map<String, Map<String, Object>> local = HistoryVariables.ofTasks(history, missing.stream().map(Missing::id).toList(),
        OwnerRevisit.Vars.ROUND_METHOD.name(), OwnerRevisit.Vars.ROUND_OWNER_SIGNED.name(),
        OwnerRevisit.Vars.ROUND_SATISFACTION.name());
    Map<String, Map<String, Object>> groups = HistoryVariables.ofProcesses(history,
        missing.stream().map(Missing::processInstanceId).distinct().toList(), OwnerRevisit.Vars.GROUP.name());
    int added = 0;
    for (Missing m : missing) {
      Map<String, Object> vars = local.getOrDefault(m.id(), Map.of());
      String line = RevisitLine.ofGroup((String) groups.getOrDefault(m.processInstanceId(), Map.of())
          .get(OwnerRevisit.Vars.GROUP.name())).id();
      added += insert(() -> readModel.insert(new RevisitRow(m.id(), m.processInstanceId(), m.endTime(),
          (String) vars.get(OwnerRevisit.Vars.ROUND_METHOD.name()),
          Boolean.TRUE.equals(vars.get(OwnerRevisit.Vars.ROUND_OWNER_SIGNED.name())),
          (String) vars.get(OwnerRevisit.Vars.ROUND_SATISFACTION.name()), line)));
    }
    return added;
  }

  /** 1 when inserted; 0 when the row is there, also when another node inserted it a moment ago. */
  private static int insert(BooleanSupplier insert) {
    try {
      return insert.getAsBoolean() ? 1 : 0;
    } catch (DuplicateKeyException raced) {
      return 0;
    }
  }
}
