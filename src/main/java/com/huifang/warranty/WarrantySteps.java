package com.huifang.warranty;

import com.huifang.engine.WorkingDays;
import static com.huifang.warranty.Warranty.Vars.*;

import com.huifang.engine.CaseNumberService;
import com.huifang.engine.DateInput;
import com.huifang.engine.EngineClock;
import com.huifang.engine.HuifangProperties;
import com.huifang.engine.InvalidInput;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The rules of a warranty case's steps, on plain values: the registration at completion acceptance and its revisit
 * schedule (W1–W5, W7), the scheduled revisits' checklists, and a repair's request, rounds and report (W6). Refused
 * input is an {@link InvalidInput.Refused} naming the fields. The listeners of the warranty models call these.
 */
@Service
class WarrantySteps {

  /** W6: a technician is dispatched within 2 days. */
  static final Duration DISPATCH_WITHIN = Duration.ofDays(2);
  static final Set<String> CAUSES = Set.of("constructionFault", "other");

  private final CaseNumberService caseNumbers;
  private final HuifangProperties properties;
  private final WorkingDays workingDays;

  WarrantySteps(CaseNumberService caseNumbers, HuifangProperties properties, WorkingDays workingDays) {
    this.workingDays = workingDays;
    this.caseNumbers = caseNumbers;
    this.properties = properties;
  }

  /**
   * A registered case: its number, the stripped text fields, the handover date and warranty end (as dates and as
   * text), the work as codes and labels, the years, and every scheduled revisit.
   */
  record Registered(String caseNumber, Map<String, String> texts, Date handover, String handoverText, String workCodes,
      String workLabels, int years, Date warrantyEnd, String warrantyEndText, List<ScheduledRevisit> schedule) {}

  /**
   * W1: checks the registration as submitted (the start form or the API), numbers the case BX-yyyyMMdd-NNNN, and
   * computes from the handover date the warranty end (W7) and every scheduled revisit (W2–W5). Revisits whose date has
   * passed (a late registration) fall due at once.
   */
  Registered register(Map<String, Object> submitted) {
    ZoneId zone = properties.zone();
    LocalDate today = EngineClock.now().atZone(zone).toLocalDate();
    WarrantyRegistration registration = WarrantyRegistration.check(submitted, today, zone);
    InvalidInput.throwIfAny(registration.errors());
    String number = caseNumbers.next(Warranty.NUMBER_PREFIX);
    Map<String, String> texts = new LinkedHashMap<>();
    for (String field : WarrantyRegistration.TEXT_FIELDS) {
      texts.put(field, ((String) submitted.get(field)).strip());
    }
    LocalDate handover = registration.handover();
    // a mutable list: the JSON serializer names its type, and an immutable list's type cannot be read back
    List<ScheduledRevisit> schedule = new ArrayList<>(WarrantySchedule.revisits(handover, registration.years(),
        registration.work(), texts.get(PROJECT_NAME.name()), zone, workingDays));
    return new Registered(number, texts, Date.from(handover.atStartOfDay(zone).toInstant()), handover.toString(),
        registration.workCodes(), registration.workLabels(), registration.years(),
        WarrantySchedule.warrantyEnd(handover, registration.years(), zone),
        handover.plusYears(registration.years()).toString(), schedule);
  }

  /** W2: the tile revisit by phone records what was found and gives cleaning advice. */
  void tileRevisit(String findings, boolean cleaningAdviceGiven) {
    new InvalidInput()
        .require(hasText(findings), "tileFindings", "请填写回访记录")
        .require(cleaningAdviceGiven, "cleaningAdviceGiven", "请指导业主进行必要的表面清理保养")
        .throwIfAny();
  }

  /** W3: the wood revisit by phone records what was found. */
  void woodRevisit(String findings) {
    new InvalidInput().require(hasText(findings), "woodFindings", "请填写回访记录").throwIfAny();
  }

  /**
   * W4, W5: the on-site revisit checks the monitoring points, retests wiring and equipment, records the visit, and
   * may book the next one (then a timer brings the on-site revisit back at that time). Returns the booked time.
   */
  Optional<Date> onSiteRevisit(boolean monitoringPointsChecked, boolean wiringRetested, String record,
      Object nextVisitAt) {
    Optional<Date> nextVisit = DateInput.parse(nextVisitAt, properties.zone());
    new InvalidInput()
        .require(monitoringPointsChecked, "monitoringPointsChecked", "请检查石材、玻璃、木制品等工程设置的监测点")
        .require(wiringRetested, "wiringRetested", "请重新检测电管线和设备的运行情况")
        .require(hasText(record), "onSiteRecord", "请填写回访记录")
        .require(nextVisit.isEmpty() || nextVisit.get().after(EngineClock.nowAsDate()), "nextVisitAt",
            "预约的下次回访时间须晚于现在;无需再次回访的请清空")
        .throwIfAny();
    return nextVisit;
  }

  /** A repair request as recorded: when it came, and by when a technician is due. */
  record Requested(Date at, Date dispatchDue) {}

  /** W6: the fault must be described; a technician is due within 2 days of the request. */
  Requested requestRepair(String faultDescription) {
    new InvalidInput().require(hasText(faultDescription), FAULT_DESCRIPTION.name(), "请填写报修内容").throwIfAny();
    Date now = EngineClock.nowAsDate();
    return new Requested(now, Date.from(now.toInstant().plus(DISPATCH_WITHIN)));
  }

  /** W6, one round of 维修: what was done is recorded; returns the repair visits so far, this one included. */
  int repairRound(String work, int visitsBefore) {
    new InvalidInput().require(hasText(work), REPAIR_WORK.name(), "请填写本次维修内容").throwIfAny();
    return visitsBefore + 1;
  }

  /**
   * W6, 编写维修报告: the cause, the measures and the reliability of the repair, printed in two copies (one for each
   * party) and signed by the owner.
   */
  void repairReport(String cause, String causeDescription, String measures, String reliability, boolean printedTwice,
      boolean ownerSigned) {
    new InvalidInput()
        .require(cause != null && CAUSES.contains(cause), CAUSE.name(), "请选择维修原因(施工原因或其他原因)")
        .require(hasText(causeDescription), CAUSE_DESCRIPTION.name(), "请说明造成维修的原因")
        .require(hasText(measures), MEASURES.name(), "请填写维修措施")
        .require(hasText(reliability), RELIABILITY.name(), "请说明维修的可靠性")
        .require(printedTwice, REPORT_PRINTED.name(), "维修报告须一式二份,供甲、乙双方留存")
        .require(ownerSigned, OWNER_SIGNED_REPORT.name(), "维修报告须经业主签字认可")
        .throwIfAny();
  }

  private static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }
}
