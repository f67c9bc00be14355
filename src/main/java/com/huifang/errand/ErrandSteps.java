package com.huifang.errand;

import static com.huifang.errand.Errand.Elements.*;
import static com.huifang.errand.Errand.Vars.*;

import com.huifang.engine.InvalidInput;
import com.huifang.engine.Variable;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;

/**
 * What each step of an errand must record before it may be completed (E2–E10), and the money it keeps
 * exact. Refused input is a form error with the field named, and nothing of the step is kept.
 */
@Service
public class ErrandSteps {

  static final Set<String> PAYMENT_METHODS = Set.of("cash", "wechat", "alipay", "bankCard", "managementOffice");
  static final Set<String> RATINGS = Set.of("verySatisfied", "satisfied", "fairlySatisfied", "dissatisfied");

  /** Checks (and for money, normalizes) what the user task {@code activityId} submitted. */
  public void record(String activityId, DelegateExecution execution) {
    InvalidInput check = new InvalidInput();
    switch (activityId) {
      case CALL_OWNER -> { // E10: the owner is called first
        isTrue(check, execution, OWNER_REACHED, "送花篮前须先致电业主说明事由");
        check.require(!Boolean.TRUE.equals(IN_HOSPITAL.get(execution)) || hasText(execution, HOSPITAL), HOSPITAL.name(),
            "对方住院的,请填写医院及病房");
      }
      case ENTRUSTMENT -> { // E2
        check.require(oneOf(PAYMENT_METHODS, PAYMENT_METHOD.get(execution)), PAYMENT_METHOD.name(), "请选择付费方式");
        text(check, execution, DELIVERY_ADDRESS, "请填写送达地点");
        text(check, execution, OWNER_NAME, "请确认业户姓名");
        text(check, execution, UNIT, "请确认单位/房号");
        text(check, execution, OWNER_PHONE, "请确认联系电话");
        isTrue(check, execution, ENTRUSTMENT_SIGNED, "《业户服务委托单》须经业户签名确认");
      }
      case COLLECT_DEPOSIT -> { // E3
        amount(check, execution, DEPOSIT);
        text(check, execution, DEPOSIT_RECEIPT, "请填写收费单据号(业户预订委托凭据)");
      }
      case INFORM_SUPERVISOR -> isTrue(check, execution, SUPERVISOR_ACKNOWLEDGED, "请确认当值主管已知悉"); // E4
      case PREPARE_BLESSING -> { // E4 birthday
        text(check, execution, BLESSING, "请填写项目的祝福");
        text(check, execution, MANAGER_JOINING, "请填写一道前往的项目管理人员");
      }
      case ORDER -> { // E5, and the settlement the cost decides (E7)
        text(check, execution, SUPPLIER, "请填写供应商/制作单位");
        text(check, execution, PURCHASE_VOUCHER, "请填写购货凭证号(最后结算时使用)");
        amount(check, execution, COST);
        check.require(!Boolean.TRUE.equals(INVOICE_REQUESTED.get(execution)) || hasText(execution, INVOICE_NUMBER),
            INVOICE_NUMBER.name(), "业户要求开具发票的,请填写发票号");
        if (check.isEmpty()) {
          Settlement settlement = Settlement.of(DEPOSIT.get(execution), COST.get(execution));
          BALANCE.set(execution, settlement.balance());
          SETTLEMENT_DIRECTION.set(execution, settlement.direction().code());
          SETTLEMENT_DIRECTION_LABEL.set(execution, settlement.direction().label());
          SETTLEMENT_AMOUNT.set(execution, settlement.amount());
        }
      }
      case DELIVER -> { // E6, E4: a manager joins a birthday delivery
        text(check, execution, SIGNED_BY, "请填写签收人");
        isTrue(check, execution, RECIPIENT_SIGNED, "须由接收人签收");
        isTrue(check, execution, WISHES_CONVEYED, "请转达管理处的真诚祝愿");
        check.require(!Boolean.TRUE.equals(BIRTHDAY.get(execution)) || Boolean.TRUE.equals(MANAGER_JOINED.get(execution)),
            MANAGER_JOINED.name(), "属业户生日的,项目管理人员须一道前往");
      }
      case DELIVER_THROUGH_FAMILY -> { // E10 in hospital
        text(check, execution, FAMILY_MEMBER, "请填写转交的家属");
        text(check, execution, SIGNED_BY, "请填写签收人");
        isTrue(check, execution, FAMILY_SIGNED, "须由家属签收并答应转交");
        isTrue(check, execution, WISHES_CONVEYED, "请转达管理处的关心与慰问");
      }
      case URGE_DELIVERY -> text(check, execution, URGE_NOTE, "请填写督促情况及向业户的说明");
      case SETTLE -> { // E7: no errand closes with money unsettled
        isTrue(check, execution, OWNER_INFORMED, "请先与委托人取得联系,告知结果");
        if (Settlement.Direction.NONE.code().equals(SETTLEMENT_DIRECTION.get(execution))) {
          SETTLEMENT_PAID.set(execution, false);
        } else {
          String what = SETTLEMENT_DIRECTION_LABEL.get(execution) + " " + SETTLEMENT_AMOUNT.get(execution).toPlainString() + " 元";
          isTrue(check, execution, SETTLEMENT_PAID, "须" + what + "后才能结算");
          text(check, execution, SETTLEMENT_RECEIPT, "请填写" + what + "的收据号");
        }
        if (check.isEmpty()) {
          SETTLED.set(execution, true);
        }
      }
      case OWNER_OPINION -> { // E8
        check.require(oneOf(RATINGS, SERVICE_RATING.get(execution)), SERVICE_RATING.name(), "请选择业户对服务的评价");
        text(check, execution, SERVICE_OPINION, "请填写业户的服务意见");
        isTrue(check, execution, OWNER_SIGNED_OPINION, "须由业户在《业户服务委托单》上签名确认");
      }
      case ARCHIVE -> { // E9
        check.require(Boolean.TRUE.equals(SETTLED.get(execution)), SETTLED.name(), "结算未完成,不能存档");
        isTrue(check, execution, REGISTERED, "钱款单据须交业服中心登记入帐");
        text(check, execution, ARCHIVE_NUMBER, "请填写存档编号");
      }
      default -> throw new IllegalStateException("no rule for errand step " + activityId);
    }
    check.throwIfAny();
  }

  private static void amount(InvalidInput check, DelegateExecution execution, Amount amount) {
    Amount.Parsed parsed = amount.parse(execution.getVariable(amount.name()));
    check.require(parsed.valid(), amount.name(), parsed.error());
    if (parsed.valid()) {
      amount.set(execution, parsed.value());
    }
  }

  private static void text(InvalidInput check, DelegateExecution execution, Variable<String> field, String message) {
    check.require(hasText(execution, field), field.name(), message);
  }

  private static void isTrue(InvalidInput check, DelegateExecution execution, Variable<Boolean> field, String message) {
    check.require(Boolean.TRUE.equals(execution.getVariable(field.name())), field.name(), message);
  }

  private static boolean oneOf(Set<String> codes, String value) {
    return value != null && codes.contains(value);
  }

  private static boolean hasText(DelegateExecution execution, Variable<String> field) {
    return execution.getVariable(field.name()) instanceof String s && !s.isBlank();
  }
}
