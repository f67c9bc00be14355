package com.huifang.quality;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * K4: the random sample of a month's repair orders, a pure function of the population and the seed:
 * {@value QualitySpotCheck#SHARE_PERCENT} % of the distinct ids, rounded up, shuffled with the seed from
 * the ids in sorted order, so the same seed and population always give the same sample and no id twice.
 */
final class SpotCheckSample {

  private SpotCheckSample() {}

  /** How many of {@code population} orders are drawn: 30 % rounded up (0 of 0, 1 of 1 to 3, 2 of 4, ...). */
  static int size(int population) {
    return (population * QualitySpotCheck.SHARE_PERCENT + 99) / 100;
  }

  static List<String> draw(Collection<String> population, long seed) {
    List<String> ids = new ArrayList<>(new TreeSet<>(population));
    return take(ids, size(ids.size()), new Random(seed));
  }

  /**
   * {@code size} of the distinct {@code population} ids, drawn with {@code random} from the ids in sorted
   * order (shared with the routine quality revisits, which draw several projects from one seed).
   */
  static List<String> draw(Collection<String> population, int size, Random random) {
    List<String> ids = new ArrayList<>(new TreeSet<>(population));
    return take(ids, Math.min(size, ids.size()), random);
  }

  private static List<String> take(List<String> ids, int size, Random random) {
    // a partial Fisher-Yates shuffle: the first 'size' positions are the sample
    for (int i = 0; i < size; i++) {
      int j = i + random.nextInt(ids.size() - i);
      String swap = ids.get(i);
      ids.set(i, ids.get(j));
      ids.set(j, swap);
    }
    return List.copyOf(ids.subList(0, size));
  }
}
