package com.huifang.errand;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Money in yuan, exact to the fen, whatever form it arrives in (rule E3, E7). */
class AmountTest {

  static final Amount DEPOSIT = Errand.Vars.DEPOSIT;

  @Test
  @DisplayName("E3 text, whole numbers and form-js doubles are read exactly and kept with two decimals")
  void readsExactly() {
    assertThat(DEPOSIT.parse("128.5").value()).isEqualTo(new BigDecimal("128.50"));
    assertThat(DEPOSIT.parse(" 0 ").value()).isEqualTo(new BigDecimal("0.00"));
    assertThat(DEPOSIT.parse(100L).value()).isEqualTo(new BigDecimal("100.00"));
    assertThat(DEPOSIT.parse(0.1d).value()).isEqualTo(new BigDecimal("0.10")); // not 0.1000000000000000055…
    assertThat(DEPOSIT.parse(99999999.99d).value()).isEqualTo(new BigDecimal("99999999.99"));
    assertThat(Amount.format(new BigDecimal("31.5"))).isEqualTo("31.50");
  }

  @Test
  @DisplayName("E3 blank, negative, fractions of a fen, text, thousands separators and huge amounts are refused in Chinese")
  void refuses() {
    assertThat(DEPOSIT.parse(null).error()).isEqualTo("请填写预付款(元)");
    assertThat(DEPOSIT.parse("").error()).isEqualTo("请填写预付款(元)");
    assertThat(DEPOSIT.parse("-0.01").error()).isEqualTo("预付款不能为负数");
    assertThat(DEPOSIT.parse(-3L).error()).isEqualTo("预付款不能为负数");
    assertThat(DEPOSIT.parse("1.005").error()).isEqualTo("预付款最多两位小数(精确到分)");
    assertThat(DEPOSIT.parse(0.125d).error()).isEqualTo("预付款最多两位小数(精确到分)");
    assertThat(DEPOSIT.parse("1,000").error()).isEqualTo("预付款格式不正确,应为金额(元),如 128.50");
    assertThat(DEPOSIT.parse("1e3").error()).isEqualTo("预付款格式不正确,应为金额(元),如 128.50");
    assertThat(DEPOSIT.parse(Double.NaN).error()).isEqualTo("预付款格式不正确,应为金额(元),如 128.50");
    assertThat(DEPOSIT.parse("100000000").error()).isEqualTo("预付款过大(最多 99999999.99 元)");
  }

  @Test
  @DisplayName("E7 deposit minus cost: positive is refunded, negative collected, zero settled")
  void settlementSign() {
    Settlement refund = Settlement.of(new BigDecimal("200.00"), new BigDecimal("168.50"));
    assertThat(refund.direction()).isEqualTo(Settlement.Direction.REFUND);
    assertThat(refund.amount()).isEqualByComparingTo("31.50");
    assertThat(refund.moneyToMove()).isTrue();
    Settlement collect = Settlement.of(new BigDecimal("100.00"), new BigDecimal("128.50"));
    assertThat(collect.direction()).isEqualTo(Settlement.Direction.COLLECT);
    assertThat(collect.balance()).isEqualByComparingTo("-28.50");
    assertThat(collect.amount()).isEqualByComparingTo("28.50");
    Settlement none = Settlement.of(new BigDecimal("0.30"), new BigDecimal("0.10").add(new BigDecimal("0.20")));
    assertThat(none.direction()).isEqualTo(Settlement.Direction.NONE);
    assertThat(none.moneyToMove()).isFalse();
  }
}
