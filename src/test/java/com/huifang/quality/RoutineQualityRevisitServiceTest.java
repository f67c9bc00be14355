package com.huifang.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** SPEC has no rule id for the routine revisits (issue 7); R7 keeps every revisit and its draw in history. The pure draw of the routine quality revisits: per project min–max households, reproducible from the seed. */
class RoutineQualityRevisitServiceTest {

  private static List<String> units(String building, int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> building + i).toList();
  }

  @Test
  @DisplayName("R7 the same seed gives the same households; each project gets min to max, at most what it has")
  void reproducibleAndBounded() {
    Map<String, List<String>> eligible = Map.of("A", units("1栋", 20), "B", units("2栋", 4), "C", List.of());
    for (long seed = 0; seed < 200; seed++) {
      var drawn = RoutineQualityRevisitService.pick(eligible, seed, 3, 5);
      assertThat(RoutineQualityRevisitService.pick(eligible, seed, 3, 5)).isEqualTo(drawn);
      assertThat(drawn.keySet()).containsExactly("A", "B", "C");
      assertThat(drawn.get("A")).hasSizeBetween(3, 5).doesNotHaveDuplicates().isSubsetOf(eligible.get("A"));
      assertThat(drawn.get("B")).hasSizeBetween(3, 4).doesNotHaveDuplicates();
      assertThat(drawn.get("C")).isEmpty();
    }
    // every count from min to max occurs
    assertThat(IntStream.range(0, 200).map(s -> RoutineQualityRevisitService.pick(eligible, s, 3, 5).get("A").size())
        .distinct().sorted().toArray()).containsExactly(3, 4, 5);
  }

  @Test
  @DisplayName("R7 a configured min/max of 1 <= min <= max is required")
  void badBounds() {
    assertThatThrownBy(() -> RoutineQualityRevisitService.pick(Map.of(), 1, 0, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RoutineQualityRevisitService.pick(Map.of(), 1, 4, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
