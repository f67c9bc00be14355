package com.huifang.repair;

import static com.huifang.repair.Repair.Vars.*;

import com.huifang.engine.CaseNumberService;
import com.huifang.engine.DateInput;
import com.huifang.engine.EngineClock;
import com.huifang.engine.HuifangProperties;
import com.huifang.engine.InvalidInput;
import com.huifang.identity.StaffGroup;
import com.huifang.owner.OwnerContact;
import com.huifang.owner.OwnerRegister;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The rules of a property repair request (P1–P4), on plain values: receipt and number, the night shift, the service
 * level applied, the technician on site, the work order (维修申请单), the record checked before the revisit.
 */
@Service
public class RepairSteps {

  static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final CaseNumberService caseNumbers;
  private final OwnerRegister owners;
  private final HuifangProperties properties;

  public RepairSteps(CaseNumberService caseNumbers, OwnerRegister owners, HuifangProperties properties) {
    this.caseNumbers = caseNumbers;
    this.owners = owners;
    this.properties = properties;
  }

  /** A received request: its number, the phone from the owner register (null when the intake gave one), labels. */
  public record Received(String caseNumber, String ownerPhone, Date receivedAt, String receivedAtText,
      String channelLabel, String placeLabel, String faultKindLabel, String preferredTimeText) {}

  /**
   * P1 at receipt: checks the intake (the form's or the API's variables, {@link RepairRequest}'s rules), fills the
   * owner's phone from the register when the intake has none, and numbers the case WX-yyyyMMdd-NNNN.
   */
  public Received receive(Map<String, Object> intake) {
    InvalidInput.throwIfAny(RepairRequest.check(intake, properties.zone()));
    String phone = null;
    if (!hasText(text(intake.get(OWNER_PHONE.name())))) {
      phone = owners.findByUnit(text(intake.get(UNIT.name())).strip()).map(OwnerContact::phone).orElse(null);
    }
    Date now = EngineClock.nowAsDate();
    Optional<Date> preferred = DateInput.parse(intake.get(PREFERRED_TIME), properties.zone());
    return new Received(caseNumbers.next(Repair.NUMBER_PREFIX), phone, now, shown(now),
        Repair.CHANNELS.get(text(intake.get(CHANNEL.name()))), Repair.PLACES.get(text(intake.get(PLACE.name()))),
        Repair.FAULT_KINDS.get(text(intake.get(FAULT_KIND.name()))), preferred.map(this::shown).orElse(""));
  }

  /** C2 for repairs: at night the control center records what it did (dispatched the duty technician, or agreed a time). */
  public void nightShift(String disposal) {
    new InvalidInput().require(hasText(disposal), NIGHT_DISPOSAL.name(),
        "请填写夜间处置情况(已通知值班维修人员,或与业主约定的上门时间)").throwIfAny();
  }

  /** What applies after the service-level table (P2): the department, the escalation chain and the deadlines. */
  public record ServiceLevel(String departmentGroup, String departmentLabel, String supervisorGroup,
      String managerGroup, String urgency, String urgencyLabel, Date responseDue, String responseDueText,
      Date managerEscalationDue) {}

  /**
   * P2: the table's row applied from receipt: urgent within its response window (30 minutes by default); ordinary
   * within 24 hours, or at the time the owner chose when that is later. The office manager is escalated to when the
   * supervisor's window after the missed response has passed too.
   */
  public ServiceLevel applyServiceLevel(Map<?, ?> row, Date receivedAt, Object preferredTime) {
    String department = (String) row.get("departmentGroup");
    String urgency = (String) row.get("urgency");
    Duration within = duration(row.get("responseWithin"), "responseWithin");
    Duration managerAfter = duration(row.get("managerAfter"), "managerAfter");
    Instant due = receivedAt.toInstant().plus(within);
    Optional<Date> preferred = DateInput.parse(preferredTime, properties.zone());
    if ("ordinary".equals(urgency) && preferred.isPresent() && preferred.get().toInstant().isAfter(due)) {
      due = preferred.get().toInstant();
    }
    Date responseDue = Date.from(due);
    String label = StaffGroup.byId(department).map(StaffGroup::chineseName).orElse(department);
    return new ServiceLevel(department, label, (String) row.get("supervisorGroup"), (String) row.get("managerGroup"),
        urgency, Repair.URGENCIES.get(urgency), responseDue, shown(responseDue), Date.from(due.plus(managerAfter)));
  }

  /** The technician on site (P3): who, when (not in the future, not before receipt; now if not given), what was found. */
  public record OnSite(Date arrivedAt, boolean respondedInTime, boolean chargeable, String agreedPrice) {}

  /**
   * P3 at the door: the technician's name, the arrival, the findings; a chargeable repair (户内有偿) only indoors, and
   * only with the price agreed with the owner first (yuan, at most two decimals).
   */
  public OnSite arrive(String technician, Object arrivedAtInput, String findings, boolean chargeable, String place,
      String price, boolean priceAgreed, Date receivedAt, Date responseDue) {
    Date now = EngineClock.nowAsDate();
    Optional<Date> given = DateInput.parse(arrivedAtInput, properties.zone());
    Date arrived = given.orElse(now);
    String parsedPrice = chargeable ? amount(price) : null;
    new InvalidInput()
        .require(hasText(technician), TECHNICIAN.name(), "请填写维修人员姓名")
        .require(!arrived.after(now), ARRIVED_AT_INPUT, "到场时间不能晚于现在")
        .require(!arrived.before(receivedAt), ARRIVED_AT_INPUT, "到场时间不能早于报修受理时间")
        .require(hasText(findings), FINDINGS.name(), "请填写查勘情况")
        .require(!chargeable || "indoor".equals(place), CHARGEABLE.name(), "公共区域的维修不向业主收费;户内维修才可有偿")
        .require(!chargeable || parsedPrice != null, AGREED_PRICE.name(), "有偿维修请填写与业主议定的价格(元,最多两位小数,如 120.00)")
        .require(!chargeable || priceAgreed, PRICE_AGREED_WITH_OWNER.name(), "有偿维修须先与业主议定价格,经业主同意后再维修")
        .throwIfAny();
    return new OnSite(arrived, !arrived.after(responseDue), chargeable, parsedPrice);
  }

  /** One visit of the work order: the running log, the visits so far, and when it was completed (null until fixed). */
  public record WorkRecorded(int visits, String workLog, String materialsUsed, Date completedAt) {}

  /**
   * P3, the 维修申请单: what was done, materials and labour; when fixed, the owner's signature or, if the owner will
   * not sign, the owner's attitude (R2). Not fixed: the same order goes on with the next visit.
   */
  public WorkRecorded workOrder(String workDone, String materials, String labour, boolean fixed, boolean ownerSigned,
      String ownerAttitude, int visitsBefore, String logBefore, String materialsBefore) {
    new InvalidInput()
        .require(hasText(workDone), WORK_DONE.name(), "请填写本次维修内容")
        .require(hasText(labour), LABOUR.name(), "请填写人工(人数、工时)")
        .require(!fixed || ownerSigned || hasText(ownerAttitude), OWNER_SIGNED.name(),
            "修好后须请业主签字确认;业主拒绝签字的,请记录业主的态度")
        .throwIfAny();
    Date now = EngineClock.nowAsDate();
    int visits = visitsBefore + 1;
    String line = "第" + visits + "次(" + shown(now) + "):" + workDone.strip()
        + (hasText(materials) ? ";材料:" + materials.strip() : "") + ";人工:" + labour.strip()
        + (fixed ? ";已修好" : ";未修好,继续维修");
    String log = hasText(logBefore) ? logBefore + "\n" + line : line;
    String materialsUsed = !hasText(materials) ? materialsBefore
        : hasText(materialsBefore) ? materialsBefore + ";" + materials.strip() : materials.strip();
    return new WorkRecorded(visits, log, materialsUsed, fixed ? now : null);
  }

  /** P4: before the revisit the customer-service center decides from the record whether it is solved. */
  public void checkRecord(boolean solved, String note) {
    new InvalidInput().require(solved || hasText(note), CHECK_NOTE.name(), "未解决的,请写明退回责任部门的原因").throwIfAny();
  }

  /** P4: what the revisitor asks; a paid service's revisit also checks the service and its price. */
  public String revisitSubject(String faultKindLabel, String description, boolean chargeable, String price) {
    String subject = "报修回访:" + faultKindLabel + ",“" + description + "”,是否已修好、是否满意";
    return chargeable ? subject + ";户内有偿服务,收费 " + price + " 元:请核实服务内容及收费是否与约定一致" : subject;
  }

  String shown(Date at) {
    return at.toInstant().atZone(properties.zone()).format(SHOWN);
  }

  private static Duration duration(Object value, String column) {
    try {
      return Duration.parse((String) value);
    } catch (DateTimeParseException | NullPointerException | ClassCastException wrong) {
      throw new IllegalStateException("repair-service-level: column " + column + " is not an ISO-8601 duration: " + value);
    }
  }

  /** Yuan with at most two decimals, not negative, as "120.00"; null when it is not one. */
  static String amount(String text) {
    if (!hasText(text)) {
      return null;
    }
    try {
      BigDecimal value = new BigDecimal(text.strip());
      if (value.signum() < 0 || value.scale() > 2 || value.compareTo(new BigDecimal("1000000")) >= 0) {
        return null;
      }
      return value.setScale(2).toPlainString();
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  private static String text(Object value) {
    return value instanceof String s ? s : null;
  }

  private static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }
}
