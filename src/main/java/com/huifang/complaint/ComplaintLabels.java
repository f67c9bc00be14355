package com.huifang.complaint;

import com.huifang.engine.FormOptions;
import java.util.Map;

/**
 * The words staff chose from when a complaint was received (投诉渠道, 类别), as the intake form offers them, so a
 * register or a report shows the same words as the form without spelling them again or knowing where the form is.
 */
public final class ComplaintLabels {

  private static final String INTAKE_FORM = "forms/complaint-intake.form";
  private static final Map<String, String> CHANNELS = FormOptions.of(INTAKE_FORM, Complaint.Vars.CHANNEL.name());
  private static final Map<String, String> TYPES = FormOptions.of(INTAKE_FORM, Complaint.Vars.COMPLAINT_TYPE.name());

  private ComplaintLabels() {}

  /** Channel code → label: hotline → 电话, … */
  public static Map<String, String> channels() {
    return CHANNELS;
  }

  /** Type code → label: complaint → 投诉, suggestion → 意见建议. */
  public static Map<String, String> types() {
    return TYPES;
  }
}
