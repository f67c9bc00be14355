package com.huifang.procurement;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * Q2 as finance sets it in the decision table {@value Procurement#SAMPLE_RULES_DECISION}: every purchase above
 * {@code alwaysAbove} yuan a unit; so many kinds per consumable category; and how much a unit price or a quantity
 * must rise above the item's average of the last twelve months to count as a jump.
 */
record SampleRules(BigDecimal alwaysAbove, Map<Category, Integer> kinds, int priceJumpPercent,
    int quantityJumpPercent) {

  static final String ALWAYS_ABOVE = "alwaysAboveYuan";
  static final String PRICE_JUMP = "priceJumpPercent";
  static final String QUANTITY_JUMP = "quantityJumpPercent";

  /** The table's output name of a category's kinds: cleaningKinds, repairKinds, … */
  static String kindsOutput(Category category) {
    return category.code() + "Kinds";
  }

  /** The consumable categories, drawn in this order (Q2). */
  static final Category[] DRAWN = {Category.CLEANING, Category.REPAIR, Category.ENGINEERING, Category.OFFICE};

  /** Reads the table's single result (output name → value). */
  static SampleRules of(Map<String, ?> result) {
    Map<Category, Integer> kinds = new EnumMap<>(Category.class);
    for (Category category : DRAWN) {
      kinds.put(category, whole(result, kindsOutput(category)));
    }
    return new SampleRules(new BigDecimal(String.valueOf(whole(result, ALWAYS_ABOVE))), kinds,
        whole(result, PRICE_JUMP), whole(result, QUANTITY_JUMP));
  }

  private static int whole(Map<String, ?> result, String name) {
    if (!(result.get(name) instanceof Number n) || n.intValue() < 0) {
      throw new IllegalStateException("the sample rules table gives no whole number " + name + ": " + result);
    }
    return n.intValue();
  }
}
