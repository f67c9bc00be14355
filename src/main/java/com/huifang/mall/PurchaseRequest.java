package com.huifang.mall;

import com.huifang.engine.Rules;
import com.huifang.owner.Phone;
import com.huifang.owner.PhoneNumber;
import com.huifang.web.ApiRequest;
import com.huifang.web.WrongType;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * M1, M2: a purchase registered at the service desk, as {@code POST /api/mall/purchases} takes it and as the start
 * form's listener reads it ({@link PurchaseRegistration#check}): the card, the customer, and one line per merchant
 * with the goods, the follow-up services, the scheduled date and whether the merchant brought the customer to the
 * desk. The lines' rules need the merchant register ({@link PurchaseRegistration#lineErrors}).
 */
@ApiRequest("购物登记")
@PurchaseRequest.FollowsPurchaseRules
public record PurchaseRequest(
    @NotBlank(message = "请填写服务保险卡号") @Size(max = MAX_TEXT, message = TOO_LONG) String cardNumber,
    @NotBlank(message = "请填写顾客姓名") @Size(max = MAX_TEXT, message = TOO_LONG) String customerName,
    @NotBlank(message = PhoneNumber.INVALID) @Phone @Size(max = MAX_TEXT, message = TOO_LONG) String customerPhone,
    @NotBlank(message = "请填写服务地址") @Size(max = MAX_TEXT, message = TOO_LONG) String address,
    @Min(value = 1, message = RETURN_DAYS) @Max(value = 30, message = RETURN_DAYS) Integer returnDays,
    @WrongType("应为数组,每个商户一行") List<PurchaseLine> purchaseLines) {

  static final int MAX_TEXT = 200;
  static final String TOO_LONG = "最多200字";
  static final String RETURN_DAYS = "交回期限应为1至30天";

  /** One line: a merchant, the goods, the follow-up services (codes), the scheduled date, brought to the desk. */
  public record PurchaseLine(String merchantId, String goods, List<String> services, String serviceDate,
      Boolean registeredAtDesk) {

    /** The form's empty row. */
    boolean blank() {
      return text(merchantId).isEmpty() && text(goods).isEmpty() && (services == null || services.isEmpty())
          && text(serviceDate).isEmpty();
    }

    Map<String, Object> asMap() {
      Map<String, Object> line = new LinkedHashMap<>();
      put(line, PurchaseRegistration.LINE_MERCHANT, merchantId);
      put(line, PurchaseRegistration.LINE_GOODS, goods);
      put(line, PurchaseRegistration.LINE_SERVICES, services == null ? null : new ArrayList<>(services));
      put(line, PurchaseRegistration.LINE_SERVICE_DATE, serviceDate);
      put(line, PurchaseRegistration.LINE_REGISTERED, registeredAtDesk);
      return line;
    }
  }

  /** The variables the API starts a purchase with, as the start form's listener reads them; it checks them again. */
  Map<String, Object> variables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    put(variables, Mall.Vars.CARD_NUMBER.name(), cardNumber == null ? null : cardNumber.strip());
    put(variables, Mall.Vars.CUSTOMER_NAME.name(), customerName == null ? null : customerName.strip());
    put(variables, Mall.Vars.CUSTOMER_PHONE.name(), customerPhone == null ? null : customerPhone.strip());
    put(variables, Mall.Vars.ADDRESS.name(), address == null ? null : address.strip());
    put(variables, Mall.Vars.RETURN_DAYS, returnDays);
    if (purchaseLines != null) {
      // mutable, as the engine's JSON serializer reads them back
      List<Map<String, Object>> lines = new ArrayList<>();
      purchaseLines.forEach(line -> lines.add(line == null ? new LinkedHashMap<>() : line.asMap()));
      variables.put(Mall.Vars.PURCHASE_LINES, lines);
    }
    return variables;
  }

  private static void put(Map<String, Object> map, String name, Object value) {
    if (value != null) {
      map.put(name, value);
    }
  }

  static String text(String value) {
    return value == null ? "" : value.strip();
  }

  /** The lines' rules, with the merchant register (a Spring bean, so this validator is one too). */
  @Constraint(validatedBy = FollowsPurchaseRules.Check.class)
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @interface FollowsPurchaseRules {
    String message() default "购物登记不符合规定";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<FollowsPurchaseRules, PurchaseRequest> {
      private final MerchantRegister register;

      Check(MerchantRegister register) {
        this.register = register;
      }

      @Override
      public boolean isValid(PurchaseRequest request, ConstraintValidatorContext context) {
        PurchaseRegistration lines = PurchaseRegistration.lineErrors(request.purchaseLines(), register);
        return Rules.report(lines.errors(), context);
      }
    }
  }
}
