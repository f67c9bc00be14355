package com.huifang.errand;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * A money variable in yuan, exact to the fen: stored as text with two decimals ("128.50", {@link #format}) so no
 * floating point ever touches it, computed as a {@link BigDecimal} ({@link #stored}). {@link #parse} reads what a
 * form or the API sends (text, or a number converted exactly from its decimal text).
 */
public final class Amount {

  /** Up to 99,999,999.99 yuan, at most two decimals, optionally signed (a signed amount is only ever derived). */
  static final Pattern TEXT = Pattern.compile("^-?\\d{1,8}(\\.\\d{1,2})?$");
  private static final Pattern NUMBER = Pattern.compile("^-?\\d+(\\.\\d+)?$");

  private final String name;
  private final String label;
  private final boolean signed;

  private Amount(String name, String label, boolean signed) {
    this.name = name;
    this.label = label;
    this.signed = signed;
  }

  /** An amount of at least zero. */
  public static Amount of(String name, String label) {
    return new Amount(name, label, false);
  }

  /** A derived amount that may be negative (a balance). */
  public static Amount signed(String name, String label) {
    return new Amount(name, label, true);
  }

  public String name() {
    return name;
  }

  public String label() {
    return label;
  }

  /** The amount as stored ({@link #format}: "128.50"), or null when unset; anything else is a modelling error. */
  public BigDecimal stored(Object value) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text) || !TEXT.matcher(text).matches()) {
      throw new IllegalStateException("variable '%s' holds %s, expected an amount such as \"128.50\"".formatted(name, value));
    }
    return new BigDecimal(text);
  }

  /** "128.50": two decimals, plain notation. */
  public static String format(BigDecimal value) {
    return value.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
  }

  /** What was sent for this amount, read exactly: the value, or the message staff read. */
  public record Parsed(BigDecimal value, String error) {
    public boolean valid() {
      return error == null;
    }
  }

  public Parsed parse(Object raw) {
    BigDecimal value = exact(raw);
    if (raw == null || (raw instanceof String s && s.isBlank())) {
      return new Parsed(null, "请填写" + label + "(元)");
    }
    if (value == null) {
      return new Parsed(null, label + "格式不正确,应为金额(元),如 128.50");
    }
    if (!signed && value.signum() < 0) {
      return new Parsed(null, label + "不能为负数");
    }
    if (value.stripTrailingZeros().scale() > 2) {
      return new Parsed(null, label + "最多两位小数(精确到分)");
    }
    if (value.abs().compareTo(new BigDecimal("99999999.99")) > 0) {
      return new Parsed(null, label + "过大(最多 99999999.99 元)");
    }
    return new Parsed(value.setScale(2, RoundingMode.UNNECESSARY), null);
  }

  /**
   * What a form or the engine's REST API sent for this amount, as text: text as typed, a number by its decimal text
   * (a Double by the shortest text that reads back as it); null for anything else.
   */
  public String text(Object raw) {
    if (raw == null || raw instanceof String) {
      return (String) raw;
    }
    BigDecimal value = exact(raw);
    return value == null ? null : value.toPlainString();
  }

  /** Text as typed, or a number by its decimal text (a Double from a form-js number field: 128.5 → 128.5). */
  private static BigDecimal exact(Object raw) {
    String text;
    if (raw instanceof BigDecimal d) {
      return d;
    } else if (raw instanceof Long || raw instanceof Integer || raw instanceof Short) {
      return BigDecimal.valueOf(((Number) raw).longValue());
    } else if (raw instanceof Double || raw instanceof Float) {
      double d = ((Number) raw).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        return null;
      }
      return new BigDecimal(Double.toString(d)); // the shortest decimal that reads back as this double: what was typed
    } else if (raw instanceof String s) {
      text = s.strip();
    } else {
      return null;
    }
    try {
      return NUMBER.matcher(text).matches() ? new BigDecimal(text) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
