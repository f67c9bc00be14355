package com.huifang.owner;

/**
 * The one phone rule of Huifang: a mobile number (11 digits, 13x–19x) or a landline with its area code
 * (0xx or 0xxx, a hyphen allowed, 7–8 digits). Every intake (complaints, revisits, warranties, errands, the mall)
 * and the owner register's import check phones with it.
 */
public final class PhoneNumber {

  public static final String PATTERN = "^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})$";
  /** What a phone field says when it is not a phone number: "联系电话格式不正确(…)", or with another field's label. */
  public static final String FORMAT_HINT = "格式不正确(手机11位,或带区号的固定电话)";
  public static final String INVALID = "联系电话" + FORMAT_HINT;

  private PhoneNumber() {}

  /** Whether {@code phone}, surrounding spaces ignored, is a phone number. */
  public static boolean isValid(String phone) {
    return phone != null && phone.trim().matches(PATTERN);
  }
}
