package com.huifang.procurement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Q5, finance's half-year summary of the problems the revisits found (《采购行为回访办法》4.3.4), from the half year's
 * rows of the 采购物资供方回访表. A problem is a revisit with a doubt; the money at stake of a problem is what was paid
 * above the lowest price found, times the quantity bought. The figures are summed per department and per supplier.
 */
final class HalfYearSummary {

  private HalfYearSummary() {}

  record Figures(String halfYear, int sampled, int revisited, int doubts, int explained, int escalated,
      int open, BigDecimal atStake, String byDepartment, String bySupplier, String problems) {}

  static Figures of(HalfYear half, List<ProcurementRegister.SheetRow> rows) {
    int revisited = 0;
    int explained = 0;
    int escalated = 0;
    int open = 0;
    BigDecimal atStake = BigDecimal.ZERO;
    Map<String, BigDecimal[]> departments = new TreeMap<>();
    Map<String, BigDecimal[]> suppliers = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (ProcurementRegister.SheetRow row : rows) {
      if (row.revisitedAt() != null) {
        revisited++;
      }
      if (!Boolean.TRUE.equals(row.doubt())) {
        continue;
      }
      BigDecimal stake = atStake(row);
      atStake = atStake.add(stake);
      add(departments, row.purchase().department(), stake);
      add(suppliers, row.purchase().supplier(), stake);
      String outcome;
      if (Boolean.TRUE.equals(row.explanationAccepted())) {
        explained++;
        outcome = "采购人员解释合理:" + row.explanation();
      } else if (row.financeOutcome() != null) {
        escalated++;
        outcome = "提交财务管理部经理,处理结果:" + row.financeOutcome();
      } else {
        open++;
        outcome = "尚在处理中";
      }
      problems.add("%s %s,%s,%s:实际单价%s元,回访最低价%s元,涉及金额%s元;%s".formatted(row.purchase().number(),
          row.purchase().item(), row.purchase().supplier(), row.purchase().department(),
          PurchaseRecord.yuan(row.purchase().unitPrice()), PurchaseRecord.yuan(row.lowestPrice()),
          PurchaseRecord.yuan(stake), outcome));
    }
    int doubts = problems.size();
    return new Figures(half.toString(), rows.size(), revisited, doubts, explained, escalated, open, atStake,
        lines(departments), lines(suppliers), problems.isEmpty() ? "本半年回访未发现问题" : String.join("\n", problems));
  }

  /** What was paid above the lowest price found, times the quantity; zero when nothing was overpaid. */
  static BigDecimal atStake(ProcurementRegister.SheetRow row) {
    return row.difference() == null || row.difference().signum() <= 0 ? BigDecimal.ZERO
        : row.difference().multiply(row.purchase().quantity()).setScale(2, java.math.RoundingMode.HALF_UP);
  }

  private static void add(Map<String, BigDecimal[]> sums, String key, BigDecimal stake) {
    BigDecimal[] sum = sums.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
    sum[0] = sum[0].add(BigDecimal.ONE);
    sum[1] = sum[1].add(stake);
  }

  private static String lines(Map<String, BigDecimal[]> sums) {
    if (sums.isEmpty()) {
      return "无";
    }
    List<String> lines = new ArrayList<>();
    sums.forEach((key, sum) -> lines.add("%s:问题%s件,涉及金额%s元".formatted(key, sum[0].toPlainString(),
        PurchaseRecord.yuan(sum[1]))));
    return String.join("\n", lines);
  }
}
