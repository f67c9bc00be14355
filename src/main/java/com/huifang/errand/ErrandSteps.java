package com.huifang.errand;

import static com.huifang.errand.Errand.Vars.*;

import com.huifang.engine.CaseNumberService;
import com.huifang.engine.EngineClock;
import com.huifang.engine.HuifangProperties;
import com.huifang.engine.InvalidInput;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * What an errand needs when it is taken (E1, E10), and what each step must record before it may be completed
 * (E2–E10), with the money kept exact: one method per step, taking what the step's form submitted. Refused input is an {@link InvalidInput.Refused} naming
 * the fields, and nothing of the step is kept. {@link RecordErrandStepListener} reads the forms and calls these.
 */
@Service
public class ErrandSteps {

  static final Set<String> PAYMENT_METHODS = Set.of("cash", "wechat", "alipay", "bankCard", "managementOffice");
  static final Set<String> RATINGS = Set.of("verySatisfied", "satisfied", "fairlySatisfied", "dissatisfied");

  private final CaseNumberService caseNumbers;
  private final HuifangProperties properties;

  public ErrandSteps(CaseNumberService caseNumbers, HuifangProperties properties) {
    this.caseNumbers = caseNumbers;
    this.properties = properties;
  }

  /** A taken errand: its case number and the request normalized (the delivery time as a date, amounts exact). */
  public record Taken(String caseNumber, Map<String, Object> request) {}

  /**
   * E1, E10, when an errand is taken: checks the request as submitted (the start form or the API) and numbers the case
   * {@code WT-yyyyMMdd-NNNN}.
   */
  public Taken take(Map<String, ?> submitted) {
    ErrandRequest.Checked request = ErrandRequest.check(submitted, EngineClock.now(), properties.zone());
    InvalidInput.throwIfAny(request.errors());
    return new Taken(caseNumbers.next(Errand.NUMBER_PREFIX), request.prepared());
  }

  /** E10: the owner is called before a flower basket goes out; a person in hospital needs the ward. */
  public void callOwner(boolean ownerReached, boolean inHospital, String hospital) {
    new InvalidInput()
        .require(ownerReached, OWNER_REACHED.name(), "送花篮前须先致电业主说明事由")
        .require(!inHospital || hasText(hospital), HOSPITAL.name(), "对方住院的,请填写医院及病房")
        .throwIfAny();
  }

  /** E2: the entrustment form 业户服务委托单, signed by the owner. */
  public void entrustment(String paymentMethod, String deliveryAddress, String ownerName, String unit, String ownerPhone,
      boolean signed) {
    new InvalidInput()
        .require(paymentMethod != null && PAYMENT_METHODS.contains(paymentMethod), PAYMENT_METHOD.name(), "请选择付费方式")
        .require(hasText(deliveryAddress), DELIVERY_ADDRESS.name(), "请填写送达地点")
        .require(hasText(ownerName), OWNER_NAME.name(), "请确认业户姓名")
        .require(hasText(unit), UNIT.name(), "请确认单位/房号")
        .require(hasText(ownerPhone), OWNER_PHONE.name(), "请确认联系电话")
        .require(signed, ENTRUSTMENT_SIGNED.name(), "《业户服务委托单》须经业户签名确认")
        .throwIfAny();
  }

  /** E3: the deposit against its receipt; the deposit as exact yuan. */
  public BigDecimal deposit(Object deposit, String receipt) {
    InvalidInput check = new InvalidInput();
    BigDecimal amount = amount(check, DEPOSIT, deposit);
    check.require(hasText(receipt), DEPOSIT_RECEIPT.name(), "请填写收费单据号(业户预订委托凭据)").throwIfAny();
    return amount;
  }

  /** E4: the duty supervisor has been told. */
  public void informSupervisor(boolean acknowledged) {
    new InvalidInput().require(acknowledged, SUPERVISOR_ACKNOWLEDGED.name(), "请确认当值主管已知悉").throwIfAny();
  }

  /** E4, a birthday: the project's blessing and the manager who joins the delivery. */
  public void prepareBlessing(String blessing, String managerJoining) {
    new InvalidInput()
        .require(hasText(blessing), BLESSING.name(), "请填写项目的祝福")
        .require(hasText(managerJoining), MANAGER_JOINING.name(), "请填写一道前往的项目管理人员")
        .throwIfAny();
  }

  /** What the supplier order recorded: the cost as exact yuan, and the settlement it decides (E7). */
  public record Order(BigDecimal cost, Settlement settlement) {}

  /** E5: the supplier, the purchase voucher, the cost (and the invoice if asked); the settlement follows (E7). */
  public Order order(String supplier, String voucher, Object cost, boolean invoiceRequested, String invoiceNumber,
      BigDecimal deposit) {
    InvalidInput check = new InvalidInput()
        .require(hasText(supplier), SUPPLIER.name(), "请填写供应商/制作单位")
        .require(hasText(voucher), PURCHASE_VOUCHER.name(), "请填写购货凭证号(最后结算时使用)");
    BigDecimal amount = amount(check, COST, cost);
    check.require(!invoiceRequested || hasText(invoiceNumber), INVOICE_NUMBER.name(), "业户要求开具发票的,请填写发票号")
        .throwIfAny();
    return new Order(amount, Settlement.of(deposit, amount));
  }

  /** E6: delivered against the recipient's signature; a manager joins a birthday delivery (E4). */
  public void deliver(String signedBy, boolean recipientSigned, boolean wishesConveyed, boolean birthday,
      boolean managerJoined) {
    new InvalidInput()
        .require(hasText(signedBy), SIGNED_BY.name(), "请填写签收人")
        .require(recipientSigned, RECIPIENT_SIGNED.name(), "须由接收人签收")
        .require(wishesConveyed, WISHES_CONVEYED.name(), "请转达管理处的真诚祝愿")
        .require(!birthday || managerJoined, MANAGER_JOINED.name(), "属业户生日的,项目管理人员须一道前往")
        .throwIfAny();
  }

  /** E10: to a person in hospital, through the family. */
  public void deliverThroughFamily(String familyMember, String signedBy, boolean familySigned, boolean wishesConveyed) {
    new InvalidInput()
        .require(hasText(familyMember), FAMILY_MEMBER.name(), "请填写转交的家属")
        .require(hasText(signedBy), SIGNED_BY.name(), "请填写签收人")
        .require(familySigned, FAMILY_SIGNED.name(), "须由家属签收并答应转交")
        .require(wishesConveyed, WISHES_CONVEYED.name(), "请转达管理处的关心与慰问")
        .throwIfAny();
  }

  /** E6: the duty supervisor's urging of a late delivery. */
  public void urgeDelivery(String note) {
    new InvalidInput().require(hasText(note), URGE_NOTE.name(), "请填写督促情况及向业户的说明").throwIfAny();
  }

  /**
   * E7: no errand closes with money unsettled. With money to move ({@code direction} not "none") it must have been
   * paid out or collected against a receipt. Returns true when there was nothing to move.
   */
  public boolean settle(boolean ownerInformed, String direction, String directionLabel, Object settlementAmount,
      boolean paid, String receipt) {
    InvalidInput check = new InvalidInput().require(ownerInformed, OWNER_INFORMED.name(), "请先与委托人取得联系,告知结果");
    if (Settlement.Direction.NONE.code().equals(direction)) {
      check.throwIfAny();
      return true;
    }
    String what = directionLabel + " " + SETTLEMENT_AMOUNT.stored(settlementAmount).toPlainString() + " 元";
    check.require(paid, SETTLEMENT_PAID.name(), "须" + what + "后才能结算")
        .require(hasText(receipt), SETTLEMENT_RECEIPT.name(), "请填写" + what + "的收据号")
        .throwIfAny();
    return false;
  }

  /** E8: the owner's rating and opinion, signed on the entrustment form. */
  public void ownerOpinion(String rating, String opinion, boolean signed) {
    new InvalidInput()
        .require(rating != null && RATINGS.contains(rating), SERVICE_RATING.name(), "请选择业户对服务的评价")
        .require(hasText(opinion), SERVICE_OPINION.name(), "请填写业户的服务意见")
        .require(signed, OWNER_SIGNED_OPINION.name(), "须由业户在《业户服务委托单》上签名确认")
        .throwIfAny();
  }

  /** E9: registered with the service center and archived, once settled. */
  public void archive(boolean settled, boolean registered, String archiveNumber) {
    new InvalidInput()
        .require(settled, SETTLED.name(), "结算未完成,不能存档")
        .require(registered, REGISTERED.name(), "钱款单据须交业服中心登记入帐")
        .require(hasText(archiveNumber), ARCHIVE_NUMBER.name(), "请填写存档编号")
        .throwIfAny();
  }

  private static BigDecimal amount(InvalidInput check, Amount amount, Object raw) {
    Amount.Parsed parsed = amount.parse(raw);
    check.require(parsed.valid(), amount.name(), parsed.error());
    return parsed.value();
  }

  private static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }

}
