package com.huifang.procurement;

import static com.huifang.procurement.ProcurementFixtures.RULES;
import static com.huifang.procurement.ProcurementFixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Q2, the quarter's sample as a pure function, on hand-built purchases of 2026-Q3 and the months before. */
class ProcurementSampleTest {

  static final Quarter Q3 = new Quarter(2026, 3);
  static final LocalDate JULY = LocalDate.of(2026, 7, 10);

  /** {@code kinds} kinds of the category bought in July, one purchase each, at 10 yuan. */
  static List<PurchaseRecord> kinds(Category category, int kinds) {
    return IntStream.rangeClosed(1, kinds).mapToObj(i -> purchase(category.label() + i, category, "10", "10", JULY))
        .toList();
  }

  static List<PurchaseRecord> fourCategories(int each) {
    List<PurchaseRecord> all = new ArrayList<>();
    for (Category c : SampleRules.DRAWN) {
      all.addAll(kinds(c, each));
    }
    return all;
  }

  static Map<Category, Long> perCategory(ProcurementSample.Draw draw) {
    return draw.items().stream().collect(Collectors.groupingBy(s -> s.purchase().category(), Collectors.counting()));
  }

  @Test
  @DisplayName("Q2 each quarter 5 kinds of cleaning supplies, 5 of repair materials, 5 of engineering materials, 3 of office supplies")
  void quotas() {
    var draw = ProcurementSample.draw(Q3, fourCategories(8), List.of(), Set.of(), RULES, 42L);
    assertThat(perCategory(draw)).containsExactlyInAnyOrderEntriesOf(Map.of(Category.CLEANING, 5L,
        Category.REPAIR, 5L, Category.ENGINEERING, 5L, Category.OFFICE, 3L));
    assertThat(draw.items()).allSatisfy(s -> assertThat(s.reason()).startsWith("随机抽取:"));
    assertThat(draw.items()).extracting(s -> s.purchase().itemKey()).doesNotHaveDuplicates();
    assertThat(draw.explanation()).contains("办公用品:本季度采购8种,可抽8种,应抽3种,抽中3种");
  }

  @Test
  @DisplayName("Q2 every purchase above 2000 yuan a unit is revisited, assets and others alike; 2000 itself is not")
  void aboveTwoThousand() {
    var computers = purchase("笔记本电脑", Category.ASSET, "2", "5800", JULY);
    var printer = purchase("打印机", Category.ASSET, "1", "2000", JULY);
    var pump = purchase("水泵", Category.ENGINEERING, "1", "2000.01", JULY);
    var draw = ProcurementSample.draw(Q3, List.of(computers, printer, pump), List.of(), Set.of(), RULES, 1L);
    assertThat(draw.items()).filteredOn(s -> s.reason().contains("超过2000元"))
        .extracting(s -> s.purchase().number()).containsExactly(computers.number(), pump.number());
    assertThat(draw.items()).extracting(s -> s.purchase().number()).doesNotContain(printer.number());
    assertThat(draw.items().get(0).reason()).isEqualTo("单价5800.00元,超过2000元,全部回访");
    assertThat(draw.explanation().get(0)).isEqualTo("单价超过2000元的采购:2笔,全部回访");
  }

  @Test
  @DisplayName("Q2 no item sampled in the previous quarter is drawn again; a category short of kinds gives all it has")
  void noRepeatFromPreviousQuarter() {
    List<PurchaseRecord> cleaning = kinds(Category.CLEANING, 7);
    Set<String> lastQuarter = Set.of(cleaning.get(0).itemKey(), cleaning.get(1).itemKey(), cleaning.get(2).itemKey(),
        cleaning.get(3).itemKey());
    for (long seed = 0; seed < 20; seed++) {
      var draw = ProcurementSample.draw(Q3, cleaning, List.of(), lastQuarter, RULES, seed);
      assertThat(draw.items()).extracting(s -> s.purchase().itemKey())
          .containsExactlyInAnyOrder(cleaning.get(4).itemKey(), cleaning.get(5).itemKey(), cleaning.get(6).itemKey());
      assertThat(draw.explanation()).anyMatch(line -> line.startsWith("清洁用品(含消杀药品):本季度采购7种,上季度已抽样不再抽取4种(")
          && line.endsWith("可抽3种,应抽5种,抽中3种;不足5种,全部抽取"));
    }
  }

  @Test
  @DisplayName("Q2 an empty category draws nothing and says so; the other categories are drawn as usual")
  void emptyCategory() {
    List<PurchaseRecord> purchases = new ArrayList<>(kinds(Category.CLEANING, 6));
    purchases.addAll(kinds(Category.REPAIR, 6));
    purchases.addAll(kinds(Category.ENGINEERING, 6));
    var draw = ProcurementSample.draw(Q3, purchases, List.of(), Set.of(), RULES, 7L);
    assertThat(perCategory(draw)).doesNotContainKey(Category.OFFICE).containsEntry(Category.CLEANING, 5L);
    assertThat(draw.explanation()).contains("办公用品:本季度采购0种,可抽0种,应抽3种,抽中0种;本季度无可抽取的商品");
    assertThat(ProcurementSample.draw(Q3, List.of(), List.of(), Set.of(), RULES, 7L).items()).isEmpty();
  }

  @Test
  @DisplayName("Q2 a purchase whose unit price or quantity jumped against the item's last twelve months is added, with the figures")
  void jumps() {
    LocalDate march = LocalDate.of(2026, 3, 5);
    List<PurchaseRecord> history = List.of(purchase("消毒液", Category.CLEANING, "10", "20", march),
        purchase("消毒液", Category.CLEANING, "10", "20", march.plusMonths(2)),
        purchase("水管", Category.REPAIR, "5", "8", march), purchase("胶带", Category.OFFICE, "10", "3", march));
    var priceJump = purchase("消毒液", Category.CLEANING, "10", "26.01", JULY); // +30.05 %
    var quantityJump = purchase("水管", Category.REPAIR, "10.5", "8", JULY);   // +110 %
    var steady = purchase("胶带", Category.OFFICE, "20", "3.9", JULY);          // +100 % quantity, +30 % price: not above
    List<PurchaseRecord> quarter = List.of(priceJump, quantityJump, steady);
    Set<String> all = quarter.stream().map(PurchaseRecord::itemKey).collect(Collectors.toSet());
    // the jumped items are in even though they were sampled last quarter; the steady one is not drawn again
    var draw = ProcurementSample.draw(Q3, quarter, history, all, RULES, 3L);
    assertThat(draw.items()).extracting(s -> s.purchase().number() + " " + s.reason()).containsExactly(
        priceJump.number() + " 价格或数量波动:单价26.01元,较近12个月均价20.00元上涨30%",
        quantityJump.number() + " 价格或数量波动:数量10.5件,较近12个月平均5件增加110%");
    assertThat(draw.explanation().get(1)).isEqualTo("价格或数量较近12个月均值大幅波动的采购(单价上涨超过30%或数量增加超过100%):2笔,全部回访");
    // no history, no jump
    assertThat(ProcurementSample.jump(priceJump, List.of(), RULES)).isNull();
  }

  @Test
  @DisplayName("Q2 a kind already in the sample for its price is not drawn again; of a drawn kind the dearest purchase is revisited")
  void kindOnce() {
    var cheap = purchase("消毒液", Category.CLEANING, "10", "20", JULY);
    var dear = purchase("消毒液", Category.CLEANING, "10", "25", JULY.plusDays(3));
    var draw = ProcurementSample.draw(Q3, List.of(cheap, dear), List.of(), Set.of(), RULES, 5L);
    assertThat(draw.items()).extracting(s -> s.purchase().number()).containsExactly(dear.number());
    var big = purchase("洗地机", Category.CLEANING, "1", "12000", JULY);
    var withBig = ProcurementSample.draw(Q3, List.of(big, purchase("洗地机", Category.CLEANING, "1", "1500", JULY)),
        List.of(), Set.of(), RULES, 5L);
    assertThat(withBig.items()).extracting(s -> s.purchase().number()).containsExactly(big.number());
    assertThat(withBig.explanation()).contains("清洁用品(含消杀药品):本季度采购1种,已因单价或波动入样1种,可抽0种,应抽5种,抽中0种;本季度无可抽取的商品");
  }

  @Test
  @DisplayName("Q2 the draw is reproducible: the same purchases and seed give the same sample, in any input order; seeds differ")
  void reproducible() {
    List<PurchaseRecord> purchases = fourCategories(9);
    var first = ProcurementSample.draw(Q3, purchases, List.of(), Set.of(), RULES, 2026L);
    List<PurchaseRecord> reversed = new ArrayList<>(purchases);
    java.util.Collections.reverse(reversed);
    assertThat(ProcurementSample.draw(Q3, reversed, List.of(), Set.of(), RULES, 2026L)).isEqualTo(first);
    Set<List<String>> samples = new HashSet<>();
    for (long seed = 0; seed < 10; seed++) {
      samples.add(ProcurementSample.draw(Q3, purchases, List.of(), Set.of(), RULES, seed).items().stream()
          .map(s -> s.purchase().number()).toList());
    }
    assertThat(samples).hasSizeGreaterThan(1);
  }

  @Test
  @DisplayName("Q2 quarters: 2026-Q1 runs January to March, the quarter before it is 2025-Q4")
  void quarters() {
    assertThat(Quarter.of(LocalDate.of(2026, 3, 31))).hasToString("2026-Q1");
    assertThat(Quarter.parse("2026-Q1").previous()).hasToString("2025-Q4");
    assertThat(Quarter.parse("2026-Q3").start()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(Quarter.parse("2026-Q4").end()).isEqualTo(LocalDate.of(2027, 1, 1));
  }
}
