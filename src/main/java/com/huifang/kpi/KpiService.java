package com.huifang.kpi;

import static com.huifang.kpi.KpiFigure.Bound.AT_LEAST;
import static com.huifang.kpi.KpiFigure.Bound.AT_MOST;

import com.huifang.complaint.Complaint;
import com.huifang.engine.HuifangProperties;
import com.huifang.kpi.KpiReadModel.RoundCount;
import com.huifang.kpi.KpiReadModel.SeverityCounts;
import com.huifang.kpi.KpiReport.MethodCount;
import com.huifang.kpi.KpiReport.ServiceLevelCompliance;
import com.huifang.revisit.RevisitMethod;
import com.huifang.revisit.Satisfaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;

/**
 * The revisit KPIs (K1–K3, K5, K6, and for repair requests K6 and K7, {@link RepairKpiFacts}) of a period [from, to), in the configured zone, counted in the KPI read model
 * ({@link KpiReadModel}, written when a complaint closes and a revisit round completes, filled from history by
 * {@link KpiBackfill}):
 * <ul>
 *   <li>a revisit is one completed 回访业主 task of an owner revisit (every round counts, R5), with the
 *       round's method, signature and satisfaction as its task recorded them (R7);</li>
 *   <li>a closed complaint is a complaint-handling instance of type complaint that ended in the period
 *       (closed, or ended by hand in Cockpit), with what K1 and K6 count of it ({@link ComplaintKpiFacts}).</li>
 * </ul>
 * The figures are the company's or those of some management offices (the tenant of each row's case), never filtered
 * by per-case authorizations: the controller checks the caller's group and decides the offices.
 */
@Service
public class KpiService {

  static final int REVISIT_RATE_TARGET = 100;
  static final int ON_SITE_SIGNED_TARGET = 40;
  static final int PHONE_OR_LETTER_TARGET = 60;
  static final int SERVICE_LEVEL_TARGET = 100;
  private static final Set<String> PHONE_OR_LETTER = Set.of(
      RevisitMethod.PHONE.id(), RevisitMethod.LETTER.id(), RevisitMethod.OPEN_LETTER.id());

  static final int REPAIR_REVISIT_TARGET = 100;
  static final int REPAIR_RESPONSE_TARGET = 100;

  static final String REVISIT_SOURCE = "revisit";
  static final String REVISIT_SOURCE_LABEL = "回访";

  private final KpiReadModel readModel;
  private final HuifangProperties properties;
  private final RepairKpiFacts repairs;
  private final List<SatisfactionSource> satisfactionSources;

  /** Without repair requests' figures (a test's service of complaints alone). */
  KpiService(KpiReadModel readModel, HuifangProperties properties) {
    this(readModel, properties, null, List.of());
  }

  @org.springframework.beans.factory.annotation.Autowired
  KpiService(KpiReadModel readModel, HuifangProperties properties, RepairKpiFacts repairs,
      List<SatisfactionSource> satisfactionSources) {
    this.readModel = readModel;
    this.properties = properties;
    this.repairs = repairs;
    this.satisfactionSources = satisfactionSources == null ? List.of() : List.copyOf(satisfactionSources);
  }

  /** K7: repair requests revisited (P4), target 100 %. */
  static KpiFigure repairRevisitRate(long revisited, long ended) {
    return KpiFigure.of("K7", "报修回访率", revisited, ended, REPAIR_REVISIT_TARGET, AT_LEAST);
  }

  /** K6 for repair requests, per urgency of P2 (counts: decided, in time; none without data). */
  static List<KpiReport.RepairResponseCompliance> repairResponse(java.util.Map<String, long[]> counts) {
    List<KpiReport.RepairResponseCompliance> levels = new ArrayList<>();
    com.huifang.repair.Repair.URGENCIES.forEach((urgency, label) -> {
      long[] c = counts == null ? new long[2] : counts.getOrDefault(urgency, new long[2]);
      levels.add(new KpiReport.RepairResponseCompliance(urgency, label,
          KpiFigure.of("K6", label + "报修按时到场率", c[1], c[0], REPAIR_RESPONSE_TARGET, AT_LEAST)));
    });
    return levels;
  }

  /** The company's KPIs of the days from {@code from} (inclusive) to {@code to} (exclusive). */
  public KpiReport report(LocalDate from, LocalDate to) {
    return report(from, to, null, null);
  }

  /**
   * The KPIs of the days from {@code from} (inclusive) to {@code to} (exclusive) of the cases of the given management
   * offices (issue 27), or of the whole company when {@code offices} is null; of one project of the owner register (a
   * case counts for the project of its unit), or of all when {@code project} is null.
   */
  public KpiReport report(LocalDate from, LocalDate to, List<String> offices, String project) {
    Period period = new Period(from, to);
    return compute(from, to, period.start(properties.zone()), period.end(properties.zone()), offices, project);
  }

  private KpiReport compute(LocalDate from, LocalDate to, Date start, Date end, List<String> offices, String project) {
    List<RoundCount> all = readModel.roundCounts(start, end, offices, project);
    // K2, K3 and the share by method: the property office's own revisits (issue 19); K5: every revisit's verdict
    List<RoundCount> rounds = ofLine(all, RevisitLine.PROPERTY);
    long revisits = sum(rounds, r -> true);
    long onSiteSigned = sum(rounds, r -> RevisitMethod.ON_SITE.id().equals(r.method()) && r.ownerSigned());
    long phoneOrLetter = sum(rounds, r -> PHONE_OR_LETTER.contains(r.method()));
    long verdicts = sum(all, r -> Satisfaction.byId(r.satisfaction()).isPresent());
    long satisfied = sum(all,
        r -> Satisfaction.byId(r.satisfaction()).map(Satisfaction::countsAsSatisfied).orElse(false));
    KpiFigure satisfaction = KpiFigure.untargeted("K5", "满意率", satisfied, verdicts);

    List<SeverityCounts> complaints = readModel.complaintCounts(start, end, offices, project);
    long revisitable = complaints.stream().mapToLong(SeverityCounts::revisitable).sum();
    long revisited = complaints.stream().mapToLong(SeverityCounts::revisited).sum();

    List<ServiceLevelCompliance> serviceLevel = new ArrayList<>();
    Complaint.SEVERITY_LABELS.forEach((severity, label) -> {
      SeverityCounts counts = complaints.stream().filter(c -> severity.equals(c.severity())).findFirst()
          .orElse(new SeverityCounts(severity, 0, 0, 0, 0, 0));
      serviceLevel.add(new ServiceLevelCompliance(severity, label,
          KpiFigure.of("K6", label + "投诉按时答复率", counts.answeredInTime(), counts.closed(),
              SERVICE_LEVEL_TARGET, AT_LEAST),
          KpiFigure.of("K6", label + "投诉按时解决率", counts.resolvedInTime(), counts.closed(),
              SERVICE_LEVEL_TARGET, AT_LEAST)));
    });

    RepairKpiFacts.Counts repairCounts = repairs == null ? new RepairKpiFacts.Counts(0, 0, null)
        : repairs.count(start, end, com.huifang.engine.EngineClock.nowAsDate(), offices, project);
    return new KpiReport(from, to,
        KpiFigure.of("K1", "投诉回访率", revisited, revisitable, REVISIT_RATE_TARGET, AT_LEAST),
        KpiFigure.of("K2", "有业主签名的上门回访率", onSiteSigned, revisits, ON_SITE_SIGNED_TARGET, AT_LEAST),
        KpiFigure.of("K3", "电话和信函回访率", phoneOrLetter, revisits, PHONE_OR_LETTER_TARGET, AT_MOST),
        satisfaction,
        serviceLevel, methodCounts(rounds), repairRevisitRate(repairCounts.revisited(), repairCounts.ended()),
        repairResponse(repairCounts.responseByUrgency()), revisitYear(to.minusDays(1).getYear(), offices, project),
        bySource(satisfaction, start, end, offices, project));
  }

  /**
   * K2 and K3 of the calendar year {@code year} [1 January, next 1 January), per line: the property office's own
   * revisits against the seeds' targets, the mall desk's and the renovation company's as figures of their own.
   */
  KpiReport.RevisitYear revisitYear(int year, List<String> offices, String project) {
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate to = from.plusYears(1);
    Period period = new Period(from, to);
    List<RoundCount> all = readModel.roundCounts(period.start(properties.zone()), period.end(properties.zone()),
        offices, project);
    List<KpiReport.LineFigures> lines = new ArrayList<>();
    for (RevisitLine line : RevisitLine.values()) {
      List<RoundCount> rounds = ofLine(all, line);
      long revisits = sum(rounds, r -> true);
      long onSiteSigned = sum(rounds, r -> RevisitMethod.ON_SITE.id().equals(r.method()) && r.ownerSigned());
      long phoneOrLetter = sum(rounds, r -> PHONE_OR_LETTER.contains(r.method()));
      String k2 = line.label() + ":有业主签名的上门回访率";
      String k3 = line.label() + ":电话和信函回访率";
      lines.add(new KpiReport.LineFigures(line.id(), line.label(), revisits,
          line == RevisitLine.PROPERTY ? KpiFigure.of("K2", k2, onSiteSigned, revisits, ON_SITE_SIGNED_TARGET, AT_LEAST)
              : KpiFigure.untargeted("K2", k2, onSiteSigned, revisits),
          line == RevisitLine.PROPERTY ? KpiFigure.of("K3", k3, phoneOrLetter, revisits, PHONE_OR_LETTER_TARGET, AT_MOST)
              : KpiFigure.untargeted("K3", k3, phoneOrLetter, revisits)));
    }
    return new KpiReport.RevisitYear(year, from, to, lines);
  }

  /** K5 per source: the revisits' verdicts, then each further source's (the annual survey's, when present). */
  private List<KpiReport.SourceSatisfaction> bySource(KpiFigure revisits, Date start, Date end, List<String> offices,
      String project) {
    List<KpiReport.SourceSatisfaction> sources = new ArrayList<>();
    sources.add(new KpiReport.SourceSatisfaction(REVISIT_SOURCE, REVISIT_SOURCE_LABEL, revisits));
    for (SatisfactionSource source : satisfactionSources) {
      SatisfactionSource.Counts counts = source.count(start, end, offices, project);
      sources.add(new KpiReport.SourceSatisfaction(source.id(), source.label(),
          KpiFigure.untargeted("K5", source.label() + "满意率", counts.satisfied(), counts.verdicts())));
    }
    return sources;
  }

  private static List<RoundCount> ofLine(List<RoundCount> rounds, RevisitLine line) {
    return rounds.stream().filter(r -> line.id().equals(r.line())).toList();
  }

  /** The share by method of the revisits of K2, K3: each method of R1, then those without a record. */
  private static List<MethodCount> methodCounts(List<RoundCount> rounds) {
    List<MethodCount> counts = new ArrayList<>();
    for (RevisitMethod method : RevisitMethod.values()) {
      counts.add(new MethodCount(method.id(), method.label(), sum(rounds, r -> method.id().equals(r.method()))));
    }
    long unrecorded = sum(rounds, r -> RevisitMethod.byId(r.method()).isEmpty());
    if (unrecorded > 0) {
      counts.add(new MethodCount(null, "未记录", unrecorded));
    }
    return counts;
  }

  private static long sum(List<RoundCount> rounds, Predicate<RoundCount> which) {
    return rounds.stream().filter(which).mapToLong(RoundCount::count).sum();
  }
}
