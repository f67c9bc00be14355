package com.huifang.identity;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Demo mode: which demo users work in which demo office (issue 27). The first office's staff are the original demo
 * users (one per group, and the second merchant's); the second office has its own customer service, housekeepers and
 * manager. Company roles (general manager, management representative) belong to no office of their own: they are
 * members of every office through their group.
 */
public final class DemoStaff {

  /** A demo user of an office. */
  public record Member(String userId, String displayName, StaffGroup group) {}

  private DemoStaff() {}

  /** The user ids of the first (default) office's demo staff. */
  public static List<String> firstOffice() {
    return Stream.concat(Arrays.stream(StaffGroup.values()).filter(group -> !group.isCompanyRole())
        .map(DemoUsers::userIdOf), Stream.of(DemoUsers.SECOND_MERCHANT_USER)).toList();
  }

  /** The second demo office's staff. */
  public static List<Member> secondOffice() {
    return DemoUsers.SECOND_OFFICE;
  }
}
