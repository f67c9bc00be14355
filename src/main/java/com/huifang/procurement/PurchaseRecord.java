package com.huifang.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/** Q1: one purchase on the register. {@code issuerContact} is null until the buyer gives it. */
record PurchaseRecord(String number, String item, Category category, BigDecimal quantity, String unit,
    BigDecimal unitPrice, String supplier, String issuerContact, String department, LocalDate purchasedOn,
    String buyer) {

  /** The item as the sample counts kinds: its category and its name, blanks collapsed, case ignored. */
  String itemKey() {
    return itemKey(category, item);
  }

  static String itemKey(Category category, String item) {
    return category.code() + ":" + item.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  static String yuan(BigDecimal amount) {
    return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  /** One line for forms and explanations: "CG-…-0001 拖把(清洁用品(含消杀药品)) 20把×35.00元,供方 …,2026-07-03". */
  String summary() {
    return "%s %s(%s)%s%s×%s元,供方%s,%s,%s".formatted(number, item, category.label(),
        quantity.stripTrailingZeros().toPlainString(), unit, yuan(unitPrice), supplier, department, purchasedOn);
  }
}
