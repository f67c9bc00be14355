package com.huifang.revisit;

import static com.huifang.revisit.OwnerRevisit.Vars.*;

import com.huifang.engine.CaseNumberService;
import com.huifang.engine.DateInput;
import com.huifang.engine.EngineClock;
import com.huifang.engine.HuifangProperties;
import com.huifang.engine.InvalidInput;
import com.huifang.engine.WorkingDays;
import com.huifang.owner.PhoneNumber;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The rules of an owner revisit's steps, on plain values: who and what is revisited, and the defaults of a revisit
 * started on its own (R1); the next round after a rectification (R5). What one round records is
 * {@link RevisitRecord}'s (R2–R4, R6). Refused input is an {@link InvalidInput.Refused} naming the fields.
 */
@Service
class RevisitSteps {

  static final Duration DEFAULT_TIME_TO_REVISIT = Duration.ofDays(1);
  /**
   * Revisits the office schedules (warranty revisits, routine and spot-check quality revisits): due on a working day.
   * A complaint's, a repair's or the mall's revisit keeps the calendar clock of its case.
   */
  static final Set<String> SCHEDULED_CATEGORIES = Set.of("warranty", "quality");

  private final CaseNumberService caseNumbers;
  private final HuifangProperties properties;
  private final WorkingDays workingDays;

  RevisitSteps(CaseNumberService caseNumbers, HuifangProperties properties, WorkingDays workingDays) {
    this.caseNumbers = caseNumbers;
    this.properties = properties;
    this.workingDays = workingDays;
  }

  /**
   * An opened revisit: its case number (the business key; {@code newBusinessKey} when the start gave none), the
   * revisiting group (null: as given), when it is due and its round.
   */
  record Opened(String caseNumber, boolean newBusinessKey, String group, Date due, int round, String subject) {}

  /**
   * At the start: the owner, the unit and the subject are required and the phone must be one; a revisit started on
   * its own from Tasklist gets a case number {@code HF-yyyyMMdd-NNNN}, the customer-service center, a due date one day
   * ahead and round 1. A caller's (a complaint's, a repair's) business key, group, due date and round stand.
   */
  Opened open(String ownerName, String unit, String subject, String phone, String businessKey, String caseNumber,
      String group, Object due, Integer round, String category) {
    new InvalidInput()
        .require(hasText(ownerName), OWNER_NAME.name(), "请填写业主姓名")
        .require(hasText(unit), UNIT.name(), "请填写房号")
        .require(hasText(subject), SUBJECT.name(), "请填写回访事项")
        .require(!hasText(phone) || PhoneNumber.isValid(phone), OWNER_PHONE.name(), PhoneNumber.INVALID)
        .throwIfAny();
    boolean newBusinessKey = !hasText(businessKey);
    String number = !newBusinessKey ? businessKey
        : hasText(caseNumber) ? caseNumber : caseNumbers.next(OwnerRevisit.NUMBER_PREFIX);
    var given = DateInput.parse(due, properties.zone());
    Deadline deadline = given.isPresent() ? new Deadline(given.get(), "") : aDayAhead(category);
    return new Opened(number, newBusinessKey, hasText(group) ? null : OwnerRevisit.DEFAULT_GROUP, deadline.due(),
        round == null ? 1 : round, deadline.note().isEmpty() ? subject : subject + "(" + deadline.note() + ")");
  }

  private record Deadline(Date due, String note) {}

  /** A day from now; for a scheduled revisit the next working day from then, at the same time ({@link WorkingDays}). */
  private Deadline aDayAhead(String category) {
    ZonedDateTime dayAhead = EngineClock.now().plus(DEFAULT_TIME_TO_REVISIT).atZone(properties.zone());
    if (category == null || !SCHEDULED_CATEGORIES.contains(category)) {
      return new Deadline(Date.from(dayAhead.toInstant()), "");
    }
    WorkingDays.Scheduled day = workingDays.schedule(dayAhead.toLocalDate());
    return new Deadline(Date.from(dayAhead.with(day.due()).toInstant()), day.note());
  }

  /** The round after a rectification, and when it is due. */
  record NextRound(int round, Date due) {}

  /** R5: once the rectification is recorded, the owner is revisited again, a day later (a working day if scheduled). */
  NextRound nextRound(String rectification, int round, String category) {
    new InvalidInput().require(hasText(rectification), RECTIFICATION.name(), "请填写整改措施").throwIfAny();
    return new NextRound(round + 1, aDayAhead(category).due());
  }

  private static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }
}
