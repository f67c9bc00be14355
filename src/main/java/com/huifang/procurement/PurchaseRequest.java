package com.huifang.procurement;

import static com.huifang.procurement.Procurement.Vars.*;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.huifang.engine.FollowsRules;
import com.huifang.engine.FormValues;
import com.huifang.engine.Rules;
import com.huifang.web.ApiRequest;
import com.huifang.web.DecimalText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Q1: a purchase as the buyer registers it: item, category, quantity and unit, unit price, supplier, the invoice
 * issuer's phone or address (开票人电话或详细地址, may be left for later: the purchase is then flagged), department and
 * date. The request {@code POST /api/purchases} takes and the one the register's start form is read into
 * ({@link #check}).
 */
@ApiRequest("采购登记")
@FollowsRules
public record PurchaseRequest(
    @NotBlank(message = "请填写物资名称") @Size(max = 200, message = TOO_LONG) String item,
    @NotBlank(message = CATEGORY_HINT) String category,
    @NotBlank(message = "请填写数量") @JsonDeserialize(using = DecimalText.class) String quantity,
    @NotBlank(message = "请填写单位") @Size(max = 20, message = "单位过长(最多20字)") String unit,
    @NotBlank(message = "请填写单价") @JsonDeserialize(using = DecimalText.class) String unitPrice,
    @NotBlank(message = "请填写供应商") @Size(max = 200, message = TOO_LONG) String supplier,
    @Size(max = 200, message = TOO_LONG) String issuerContact,
    @NotBlank(message = "请填写采购部门") @Size(max = 100, message = "部门名称过长(最多100字)") String department,
    @NotBlank(message = "请填写采购日期") String purchasedOn)
    implements FollowsRules.Checked {

  static final String TOO_LONG = "内容过长(最多200字)";
  static final String CATEGORY_HINT = "请选择物资类别(清洁用品(含消杀药品)、维修材料、工程材料、办公用品或资产)";

  /** What a check gives: field → message, and the purchase when there is none. */
  record Checked(Map<String, String> errors, PurchaseRecord purchase) {}

  /** Reads and checks a purchase as the start form (or the API, through the variables) sends it. */
  static Checked check(Map<String, ?> variables, Clock clock) {
    FormValues values = new FormValues(variables);
    PurchaseRequest request = new PurchaseRequest(values.text(ITEM.name()), values.text(CATEGORY.name()),
        number(values, QUANTITY.name()), values.text(UNIT.name()), number(values, UNIT_PRICE.name()),
        values.text(SUPPLIER.name()), values.text(ISSUER_CONTACT.name()), values.text(DEPARTMENT.name()),
        values.text(PURCHASED_ON.name()));
    Map<String, String> errors = FormValues.firstPerField(values.errors(), Rules.fieldErrors(request),
        request.crossErrors(clock));
    return new Checked(errors, errors.isEmpty() ? request.purchase(null, null) : null);
  }

  /** A form's number field sends a number, the API text; both become the number's text. */
  private static String number(FormValues values, String name) {
    Object raw = values.raw(name);
    return raw instanceof Number n ? new BigDecimal(n.toString()).toPlainString() : values.text(name);
  }

  @Override
  public Map<String, String> crossErrors(Clock clock) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (text(category) != null && Category.byCode(text(category)).isEmpty()) {
      errors.put(CATEGORY.name(), CATEGORY_HINT);
    }
    if (text(quantity) != null && decimal(quantity, 3).filter(q -> q.signum() > 0).isEmpty()) {
      errors.put(QUANTITY.name(), "数量应为大于0的数,最多3位小数");
    }
    if (text(unitPrice) != null && decimal(unitPrice, 2).filter(p -> p.signum() > 0).isEmpty()) {
      errors.put(UNIT_PRICE.name(), "单价应为大于0的金额(元),最多2位小数");
    }
    if (text(purchasedOn) != null) {
      Optional<LocalDate> day = date(purchasedOn);
      if (day.isEmpty()) {
        errors.put(PURCHASED_ON.name(), "采购日期格式不正确,应为 yyyy-MM-dd");
      } else if (day.get().isAfter(LocalDate.now(clock))) {
        errors.put(PURCHASED_ON.name(), "采购日期不能晚于今天");
      }
    }
    return errors;
  }

  /** The purchase, numbered and bought by {@code buyer}; the request must be valid. */
  PurchaseRecord purchase(String number, String buyer) {
    return new PurchaseRecord(number, text(item), Category.byCode(text(category)).orElseThrow(),
        decimal(quantity, 3).orElseThrow(), text(unit), decimal(unitPrice, 2).orElseThrow(), text(supplier),
        text(issuerContact), text(department), date(purchasedOn).orElseThrow(), buyer);
  }

  /** The variables the API starts the register with, as the start form sends them; the start listener checks again. */
  Map<String, Object> variables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    put(variables, ITEM.name(), item);
    put(variables, CATEGORY.name(), category);
    put(variables, QUANTITY.name(), quantity);
    put(variables, UNIT.name(), unit);
    put(variables, UNIT_PRICE.name(), unitPrice);
    put(variables, SUPPLIER.name(), supplier);
    put(variables, ISSUER_CONTACT.name(), issuerContact);
    put(variables, DEPARTMENT.name(), department);
    put(variables, PURCHASED_ON.name(), purchasedOn);
    return variables;
  }

  private static void put(Map<String, Object> map, String name, String value) {
    if (value != null) {
      map.put(name, value);
    }
  }

  static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** A positive or zero amount with at most {@code scale} decimals, or empty. */
  static Optional<BigDecimal> decimal(String value, int scale) {
    try {
      BigDecimal d = new BigDecimal(value.strip());
      return d.scale() > scale || d.signum() < 0 || d.precision() - d.scale() > 11 ? Optional.empty() : Optional.of(d);
    } catch (NumberFormatException | NullPointerException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> date(String value) {
    String t = text(value);
    try {
      // a date, or the date of a Camunda Forms date-time text
      return t == null || t.length() < 10 || t.length() > 10 && t.charAt(10) != 'T' ? Optional.empty()
          : Optional.of(LocalDate.parse(t.substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
