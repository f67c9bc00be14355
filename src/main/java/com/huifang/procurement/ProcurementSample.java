package com.huifang.procurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Q2, the quarter's revisit sample, a pure function of the quarter's purchases, the twelve months before it, the items
 * sampled the quarter before, the rules and a seed (so the same inputs always give the same sample). In this order:
 * <ol>
 *   <li>every purchase above {@link SampleRules#alwaysAbove()} yuan a unit (seed 000 篇3 4.1.1);</li>
 *   <li>every purchase whose unit price or quantity rose by the rules' percentages above the item's average of the
 *       twelve months before the quarter (4.1.3);</li>
 *   <li>per consumable category, in the order of {@link SampleRules#DRAWN}, the rules' number of kinds drawn at
 *       random from the kinds bought in the quarter that were not sampled the quarter before and are not in the
 *       sample already (4.1.2); of a drawn kind, its purchase with the highest unit price is revisited.</li>
 * </ol>
 * Each sampled purchase carries the reason it is in the sample; the explanation says what each category had.
 */
final class ProcurementSample {

  private ProcurementSample() {}

  /** One purchase in the sample and why. */
  record Sampled(PurchaseRecord purchase, String reason) {}

  /** A drawn sample: the quarter, the seed, the sampled purchases, and one explanation line per rule and category. */
  record Draw(Quarter quarter, long seed, List<Sampled> items, List<String> explanation) {}

  static Draw draw(Quarter quarter, List<PurchaseRecord> purchases, List<PurchaseRecord> lastTwelveMonths,
      Set<String> sampledLastQuarter, SampleRules rules, long seed) {
    List<PurchaseRecord> ordered = purchases.stream().sorted(Comparator.comparing(PurchaseRecord::number)).toList();
    Map<String, Sampled> sample = new LinkedHashMap<>();
    List<String> explanation = new ArrayList<>();

    int above = 0;
    for (PurchaseRecord p : ordered) {
      if (p.unitPrice().compareTo(rules.alwaysAbove()) > 0) {
        sample.put(p.number(), new Sampled(p, "单价%s元,超过%s元,全部回访".formatted(PurchaseRecord.yuan(p.unitPrice()),
            rules.alwaysAbove().toPlainString())));
        above++;
      }
    }
    explanation.add("单价超过%s元的采购:%d笔,全部回访".formatted(rules.alwaysAbove().toPlainString(), above));

    Map<String, List<PurchaseRecord>> history = lastTwelveMonths.stream()
        .collect(Collectors.groupingBy(PurchaseRecord::itemKey));
    int jumps = 0;
    for (PurchaseRecord p : ordered) {
      String jump = jump(p, history.getOrDefault(p.itemKey(), List.of()), rules);
      if (jump != null && !sample.containsKey(p.number())) {
        sample.put(p.number(), new Sampled(p, jump));
        jumps++;
      }
    }
    explanation.add("价格或数量较近12个月均值大幅波动的采购(单价上涨超过%d%%或数量增加超过%d%%):%d笔,全部回访".formatted(
        rules.priceJumpPercent(), rules.quantityJumpPercent(), jumps));

    Random random = new Random(seed);
    Set<String> kindsInSample = sample.values().stream().map(s -> s.purchase().itemKey())
        .collect(Collectors.toSet());
    for (Category category : SampleRules.DRAWN) {
      int wanted = rules.kinds().getOrDefault(category, 0);
      Map<String, List<PurchaseRecord>> kinds = new TreeMap<>(ordered.stream().filter(p -> p.category() == category)
          .collect(Collectors.groupingBy(PurchaseRecord::itemKey)));
      Set<String> repeated = new TreeSet<>(kinds.keySet());
      repeated.retainAll(sampledLastQuarter);
      Set<String> already = new TreeSet<>(kinds.keySet());
      already.retainAll(kindsInSample);
      List<String> eligible = new ArrayList<>(kinds.keySet());
      eligible.removeAll(repeated);
      eligible.removeAll(already);
      List<String> drawn = take(eligible, Math.min(wanted, eligible.size()), random);
      for (String kind : drawn) {
        PurchaseRecord p = kinds.get(kind).stream().max(Comparator.comparing(PurchaseRecord::unitPrice)
            .thenComparing(PurchaseRecord::number)).orElseThrow();
        sample.put(p.number(), new Sampled(p, "随机抽取:%s本季度可抽%d种,抽取%d种".formatted(category.label(),
            eligible.size(), drawn.size())));
      }
      explanation.add(categoryLine(category, kinds, repeated, already, eligible.size(), wanted, drawn.size()));
    }
    return new Draw(quarter, seed, List.copyOf(sample.values()), explanation);
  }

  private static String categoryLine(Category category, Map<String, List<PurchaseRecord>> kinds, Set<String> repeated,
      Set<String> already, int eligible, int wanted, int drawn) {
    StringBuilder line = new StringBuilder("%s:本季度采购%d种".formatted(category.label(), kinds.size()));
    if (!repeated.isEmpty()) {
      line.append(",上季度已抽样不再抽取%d种(%s)".formatted(repeated.size(), names(kinds, repeated)));
    }
    if (!already.isEmpty()) {
      line.append(",已因单价或波动入样%d种".formatted(already.size()));
    }
    line.append(",可抽%d种,应抽%d种,抽中%d种".formatted(eligible, wanted, drawn));
    if (eligible == 0) {
      line.append(";本季度无可抽取的商品");
    } else if (eligible < wanted) {
      line.append(";不足%d种,全部抽取".formatted(wanted));
    }
    return line.toString();
  }

  private static String names(Map<String, List<PurchaseRecord>> kinds, Set<String> keys) {
    return keys.stream().map(k -> kinds.get(k).get(0).item()).collect(Collectors.joining("、"));
  }

  /** Why a purchase jumped against the item's history, or null: unit price or quantity above the average by the rules' percent. */
  static String jump(PurchaseRecord p, List<PurchaseRecord> history, SampleRules rules) {
    if (history.isEmpty()) {
      return null;
    }
    BigDecimal count = BigDecimal.valueOf(history.size());
    BigDecimal averagePrice = history.stream().map(PurchaseRecord::unitPrice).reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(count, 2, RoundingMode.HALF_UP);
    BigDecimal averageQuantity = history.stream().map(PurchaseRecord::quantity)
        .reduce(BigDecimal.ZERO, BigDecimal::add).divide(count, 3, RoundingMode.HALF_UP);
    List<String> reasons = new ArrayList<>();
    if (rose(p.unitPrice(), averagePrice, rules.priceJumpPercent())) {
      reasons.add("单价%s元,较近12个月均价%s元上涨%s%%".formatted(PurchaseRecord.yuan(p.unitPrice()),
          PurchaseRecord.yuan(averagePrice), percent(p.unitPrice(), averagePrice)));
    }
    if (rose(p.quantity(), averageQuantity, rules.quantityJumpPercent())) {
      reasons.add("数量%s%s,较近12个月平均%s%s增加%s%%".formatted(p.quantity().stripTrailingZeros().toPlainString(),
          p.unit(), averageQuantity.stripTrailingZeros().toPlainString(), p.unit(),
          percent(p.quantity(), averageQuantity)));
    }
    return reasons.isEmpty() ? null : "价格或数量波动:" + String.join(";", reasons);
  }

  private static boolean rose(BigDecimal value, BigDecimal average, int percent) {
    return average.signum() > 0 && value.multiply(BigDecimal.valueOf(100))
        .compareTo(average.multiply(BigDecimal.valueOf(100L + percent))) > 0;
  }

  private static String percent(BigDecimal value, BigDecimal average) {
    return value.subtract(average).multiply(BigDecimal.valueOf(100)).divide(average, 0, RoundingMode.HALF_UP)
        .toPlainString();
  }

  /** {@code size} of the sorted kinds, by a partial Fisher-Yates shuffle with {@code random}. */
  private static List<String> take(List<String> sortedKinds, int size, Random random) {
    List<String> kinds = new ArrayList<>(new LinkedHashSet<>(sortedKinds));
    for (int i = 0; i < size; i++) {
      int j = i + random.nextInt(kinds.size() - i);
      String swap = kinds.get(i);
      kinds.set(i, kinds.get(j));
      kinds.set(j, swap);
    }
    return List.copyOf(kinds.subList(0, size));
  }
}
