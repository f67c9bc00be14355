package com.huifang.mall;

import com.huifang.identity.StaffGroup;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * One Camunda group per merchant ({@code merchant-<id>}), the candidate group of that merchant's feedback-form
 * tasks: the engine grants a task's candidate group READ and UPDATE on it, so a merchant's staff see their own
 * merchant's forms only. Staff with a Tasklist user join their merchant's group and the general {@code merchant}
 * group (Tasklist access, the form definitions). Idempotent; run at start and after the register changes.
 */
@Component
class MerchantGroups {

  private final IdentityService identity;
  private final MerchantRegister register;

  MerchantGroups(IdentityService identity, MerchantRegister register) {
    this.identity = identity;
    this.register = register;
  }

  void sync() {
    for (MerchantRegister.Merchant merchant : register.merchants()) {
      String groupId = Mall.merchantGroup(merchant.id());
      if (identity.createGroupQuery().groupId(groupId).count() == 0) {
        Group group = identity.newGroup(groupId);
        group.setName(StaffGroup.MERCHANT.chineseName() + ":" + merchant.name());
        group.setType(StaffGroup.TYPE);
        identity.saveGroup(group);
      }
    }
    for (MerchantRegister.Staff staff : register.allStaff()) {
      if (staff.userId() == null || identity.createUserQuery().userId(staff.userId()).count() == 0) {
        continue;
      }
      join(staff.userId(), Mall.merchantGroup(staff.merchantId()));
      join(staff.userId(), StaffGroup.MERCHANT.id());
    }
  }

  private void join(String userId, String groupId) {
    if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(userId, groupId);
    }
  }
}
