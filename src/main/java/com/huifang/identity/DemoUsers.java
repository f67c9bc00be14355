package com.huifang.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Demo mode: one user per staff group with a Chinese display name, so a newcomer can log in as any role. */
@Component
class DemoUsers {

  /** A second merchant's staff member (shanghu works for the first), so the mall shows one merchant's view against another's. */
  static final String SECOND_MERCHANT_USER = "shanghu2";
  static final String SECOND_MERCHANT_NAME = "徐明";

  private final IdentityService identity;

  DemoUsers(IdentityService identity) {
    this.identity = identity;
  }

  /** The demo user id of each group, e.g. {@code kefu} for customer-service. */
  static String userIdOf(StaffGroup group) {
    return switch (group) {
      case CUSTOMER_SERVICE -> "kefu";
      case CONTROL_CENTER -> "jiankong";
      case HOUSEKEEPER -> "guanjia";
      case SENIOR_HOUSEKEEPER -> "daguanjia";
      case CHIEF_HOUSEKEEPER -> "shouxi";
      case OFFICE_MANAGER -> "jingli";
      case GENERAL_MANAGER -> "zongjingli";
      case MANAGEMENT_REP -> "guandai";
      case DEPT_ENGINEERING -> "gongcheng";
      case DEPT_SECURITY -> "zhixu";
      case DEPT_CLEANING -> "baojie";
      case DEPT_GREENING -> "lvhua";
      case DUTY_SUPERVISOR -> "zhuguan";
      case MALL_SERVICE_DESK -> "jiancai";
      case MERCHANT -> "shanghu";
      case WARRANTY_SERVICE -> "weixiu";
      case FINANCE -> "caiwu";
      case FINANCE_MANAGER -> "caiwujingli";
      case BUYER -> "caigou";
    };
  }

  static String displayNameOf(StaffGroup group) {
    return switch (group) {
      case CUSTOMER_SERVICE -> "李静";
      case CONTROL_CENTER -> "王强";
      case HOUSEKEEPER -> "张敏";
      case SENIOR_HOUSEKEEPER -> "刘洋";
      case CHIEF_HOUSEKEEPER -> "陈刚";
      case OFFICE_MANAGER -> "赵丽";
      case GENERAL_MANAGER -> "孙伟";
      case MANAGEMENT_REP -> "周平";
      case DEPT_ENGINEERING -> "吴磊";
      case DEPT_SECURITY -> "郑军";
      case DEPT_CLEANING -> "冯芳";
      case DEPT_GREENING -> "何涛";
      case DUTY_SUPERVISOR -> "马超";
      case MALL_SERVICE_DESK -> "林娜";
      case MERCHANT -> "黄杰";
      case WARRANTY_SERVICE -> "郭亮";
      case FINANCE -> "钱芳";
      case FINANCE_MANAGER -> "曹宁";
      case BUYER -> "邓斌";
    };
  }

  /** The second demo office's staff (issue 27): id, display name, group. */
  static final List<DemoStaff.Member> SECOND_OFFICE = List.of(
      new DemoStaff.Member("kefu2", "钱芳", StaffGroup.CUSTOMER_SERVICE),
      new DemoStaff.Member("guanjia2", "许诺", StaffGroup.HOUSEKEEPER),
      new DemoStaff.Member("daguanjia2", "韩梅", StaffGroup.SENIOR_HOUSEKEEPER),
      new DemoStaff.Member("jingli2", "曹军", StaffGroup.OFFICE_MANAGER));

  void ensure(String password) {
    for (StaffGroup group : StaffGroup.values()) {
      ensure(userIdOf(group), displayNameOf(group), group, password);
    }
    ensure(SECOND_MERCHANT_USER, SECOND_MERCHANT_NAME, StaffGroup.MERCHANT, password);
    for (DemoStaff.Member member : SECOND_OFFICE) {
      ensure(member.userId(), member.displayName(), member.group(), password);
    }
  }

  private void ensure(String userId, String displayName, StaffGroup group, String password) {
    if (identity.createUserQuery().userId(userId).count() > 0) {
      return;
    }
    User user = identity.newUser(userId);
    user.setFirstName(displayName);
    user.setLastName("(" + group.chineseName() + ")");
    user.setEmail(userId + "@huifang.example");
    user.setPassword(password);
    identity.saveUser(user);
    identity.createMembership(userId, group.id());
  }
}
