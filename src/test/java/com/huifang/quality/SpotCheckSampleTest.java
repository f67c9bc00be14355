package com.huifang.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** K4: the sample's size and reproducibility, without an engine. */
class SpotCheckSampleTest {

  private static List<String> population(int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> "order-" + i).toList();
  }

  @Test
  @DisplayName("K4 the sample is 30 % of the orders, rounded up")
  void thirtyPercentRoundedUp() {
    assertThat(SpotCheckSample.size(0)).isZero();
    assertThat(SpotCheckSample.size(1)).isEqualTo(1);
    assertThat(SpotCheckSample.size(3)).isEqualTo(1);
    assertThat(SpotCheckSample.size(4)).isEqualTo(2);
    assertThat(SpotCheckSample.size(10)).isEqualTo(3);
    assertThat(SpotCheckSample.size(11)).isEqualTo(4);
    assertThat(SpotCheckSample.size(100)).isEqualTo(30);
    assertThat(SpotCheckSample.draw(population(11), 7L)).hasSize(4);
    assertThat(SpotCheckSample.draw(List.of(), 7L)).isEmpty();
  }

  @Test
  @DisplayName("K4 the same seed and population give the same sample, whatever the order the orders come in")
  void reproducibleFromTheSeed() {
    List<String> orders = population(50);
    List<String> reversed = new java.util.ArrayList<>(orders);
    java.util.Collections.reverse(reversed);
    assertThat(SpotCheckSample.draw(orders, 42L)).isEqualTo(SpotCheckSample.draw(reversed, 42L));
    long different = IntStream.range(0, 20)
        .filter(seed -> !SpotCheckSample.draw(orders, seed).equals(SpotCheckSample.draw(orders, 42L))).count();
    assertThat(different).as("other seeds draw other samples").isGreaterThan(15);
  }

  @Test
  @DisplayName("K4 no order is drawn twice, and every drawn order is one of the month's")
  void neverTheSameOrderTwice() {
    for (long seed = 0; seed < 200; seed++) {
      List<String> drawn = SpotCheckSample.draw(population(17), seed);
      assertThat(drawn).hasSize(6).doesNotHaveDuplicates().isSubsetOf(population(17));
    }
    // an id listed twice in the population is one order
    assertThat(SpotCheckSample.draw(List.of("a", "a", "a", "b"), 1L)).hasSize(1);
  }
}
