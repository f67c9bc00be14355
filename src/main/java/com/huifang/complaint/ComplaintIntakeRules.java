package com.huifang.complaint;

import static com.huifang.complaint.Complaint.Vars.*;

import com.huifang.engine.CaseTenants;
import com.huifang.engine.EngineClock;
import com.huifang.engine.FormValues;
import com.huifang.engine.Rules;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.Set;

/**
 * C1: what a complaint needs at receipt. One set of rules for every way in, {@link ComplaintRequest}'s: the intake
 * API validates its request record with them, and the intake form's listener reads the submitted variables into the
 * same record ({@link #check}) when the process starts.
 */
public final class ComplaintIntakeRules {

  public static final Set<String> CHANNELS = Set.of("hotline", "walkIn", "letter", "online", "superior", "revisit");
  public static final Set<String> TYPES = Set.of("complaint", "suggestion");
  /** The engine stores a text variable in up to 4000 characters. */
  public static final int MAX_TEXT = ComplaintRequest.MAX_TEXT;

  private ComplaintIntakeRules() {}

  private static String receivedAtText(Object receivedAt) {
    return receivedAt instanceof Date date ? date.toInstant().toString()
        : receivedAt instanceof String text ? text : receivedAt == null ? null : String.valueOf(receivedAt);
  }

  /** Every broken rule, field → message in the words staff read; empty when the intake is complete. */
  public static Map<String, String> check(Map<String, ?> intake) {
    FormValues values = new FormValues(intake);
    Object deadline = values.raw(OWNER_DEADLINE);
    ComplaintRequest request = new ComplaintRequest(values.text(CHANNEL.name()), values.text(COMPLAINT_TYPE.name()),
        values.text(OWNER_NAME.name()), values.text(UNIT.name()), values.text(OWNER_PHONE.name()),
        values.text(DESCRIPTION.name()), values.text(SUPERIOR_INSTRUCTIONS.name()), values.flag(ANONYMOUS.name()),
        values.flag(REPLY_LETTER_ONLY.name()),
        deadline instanceof Date date ? date.toInstant().toString() : values.text(OWNER_DEADLINE),
        values.text(CaseTenants.OFFICE_ID), receivedAtText(values.raw(RECEIVED_AT.name())),
        values.flag(SOLVED_ON_THE_SPOT.name()), values.text(ON_THE_SPOT_RESOLUTION.name()),
        values.text(ORIGIN_CASE_NUMBER.name()));
    return FormValues.firstPerField(values.errors(), Rules.fieldErrors(request), request.crossErrors(
        Clock.fixed(EngineClock.now(), ZoneOffset.UTC)));
  }
}
