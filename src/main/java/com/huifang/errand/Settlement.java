package com.huifang.errand;

import java.math.BigDecimal;

/**
 * E7: the final settlement of the deposit against the cost. The balance is deposit minus cost; its sign
 * decides whether the difference is refunded to the owner (退还) or collected from them (补收).
 */
public record Settlement(BigDecimal balance, Direction direction, BigDecimal amount) {

  public enum Direction {
    REFUND("refund", "退还业户"),
    COLLECT("collect", "向业户补收"),
    NONE("none", "已结清,无需退补");

    private final String code;
    private final String label;

    Direction(String code, String label) {
      this.code = code;
      this.label = label;
    }

    public String code() {
      return code;
    }

    public String label() {
      return label;
    }
  }

  public static Settlement of(BigDecimal deposit, BigDecimal cost) {
    BigDecimal balance = deposit.subtract(cost);
    Direction direction = switch (balance.signum()) {
      case 1 -> Direction.REFUND;
      case -1 -> Direction.COLLECT;
      default -> Direction.NONE;
    };
    return new Settlement(balance, direction, balance.abs());
  }

  /** Whether money still has to change hands before the errand may close. */
  public boolean moneyToMove() {
    return direction != Direction.NONE;
  }
}
