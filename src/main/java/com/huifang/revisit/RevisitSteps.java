package com.huifang.revisit;

import static com.huifang.revisit.OwnerRevisit.Vars.*;

import com.huifang.engine.CaseNumberService;
import com.huifang.engine.DateInput;
import com.huifang.engine.EngineClock;
import com.huifang.engine.HuifangProperties;
import com.huifang.engine.InvalidInput;
import com.huifang.owner.PhoneNumber;
import java.time.Duration;
import java.util.Date;
import org.springframework.stereotype.Service;

/**
 * The rules of an owner revisit's steps, on plain values: who and what is revisited, and the defaults of a revisit
 * started on its own (R1); the next round after a rectification (R5). What one round records is
 * {@link RevisitRecord}'s (R2–R4, R6). Refused input is an {@link InvalidInput.Refused} naming the fields.
 */
@Service
class RevisitSteps {

  static final Duration DEFAULT_TIME_TO_REVISIT = Duration.ofDays(1);

  private final CaseNumberService caseNumbers;
  private final HuifangProperties properties;

  RevisitSteps(CaseNumberService caseNumbers, HuifangProperties properties) {
    this.caseNumbers = caseNumbers;
    this.properties = properties;
  }

  /**
   * An opened revisit: its case number (the business key; {@code newBusinessKey} when the start gave none), the
   * revisiting group (null: as given), when it is due and its round.
   */
  record Opened(String caseNumber, boolean newBusinessKey, String group, Date due, int round) {}

  /**
   * At the start: the owner, the unit and the subject are required and the phone must be one; a revisit started on
   * its own from Tasklist gets a case number {@code HF-yyyyMMdd-NNNN}, the customer-service center, a due date one day
   * ahead and round 1. A caller's (a complaint's, a repair's) business key, group, due date and round stand.
   */
  Opened open(String ownerName, String unit, String subject, String phone, String businessKey, String caseNumber,
      String group, Object due, Integer round) {
    new InvalidInput()
        .require(hasText(ownerName), OWNER_NAME.name(), "请填写业主姓名")
        .require(hasText(unit), UNIT.name(), "请填写房号")
        .require(hasText(subject), SUBJECT.name(), "请填写回访事项")
        .require(!hasText(phone) || PhoneNumber.isValid(phone), OWNER_PHONE.name(), PhoneNumber.INVALID)
        .throwIfAny();
    boolean newBusinessKey = !hasText(businessKey);
    String number = !newBusinessKey ? businessKey
        : hasText(caseNumber) ? caseNumber : caseNumbers.next(OwnerRevisit.NUMBER_PREFIX);
    Date dueDate = DateInput.parse(due, properties.zone())
        .orElse(Date.from(EngineClock.now().plus(DEFAULT_TIME_TO_REVISIT)));
    return new Opened(number, newBusinessKey, hasText(group) ? null : OwnerRevisit.DEFAULT_GROUP, dueDate,
        round == null ? 1 : round);
  }

  /** The round after a rectification, and when it is due. */
  record NextRound(int round, Date due) {}

  /** R5: once the rectification is recorded, the owner is revisited again, a day later. */
  NextRound nextRound(String rectification, int round) {
    new InvalidInput().require(hasText(rectification), RECTIFICATION.name(), "请填写整改措施").throwIfAny();
    return new NextRound(round + 1, Date.from(EngineClock.now().plus(DEFAULT_TIME_TO_REVISIT)));
  }

  private static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }
}
