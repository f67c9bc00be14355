package com.huifang.mall;

import static com.huifang.mall.Mall.Vars.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huifang.engine.FormValues;
import com.huifang.engine.Rules;
import com.huifang.mall.PurchaseRequest.PurchaseLine;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.spin.json.SpinJsonNode;

/**
 * M1: a purchase registered at the service desk with its service-insurance card, one line per merchant with the
 * follow-up services, and M2: whether the merchant brought the customer to the desk. Checked the same way for the
 * start form and the API ({@link PurchaseRequest}'s constraints, then the lines against the merchant register); the
 * result is the list of feedback forms to issue, one per merchant and service.
 */
final class PurchaseRegistration {

  static final List<String> TEXT_FIELDS = List.of(CARD_NUMBER.name(), CUSTOMER_NAME.name(), CUSTOMER_PHONE.name(),
      ADDRESS.name());
  // the fields of one purchase line
  static final String LINE_MERCHANT = "merchantId";
  static final String LINE_GOODS = "goods";
  static final String LINE_SERVICES = "services";
  static final String LINE_SERVICE_DATE = "serviceDate";
  static final String LINE_REGISTERED = "registeredAtDesk";
  static final Set<String> LINE_FIELDS = Set.of(LINE_MERCHANT, LINE_GOODS, LINE_SERVICES, LINE_SERVICE_DATE,
      LINE_REGISTERED);

  /**
   * The start form's rows: Tasklist 7.24 refuses to submit a form whose dynamic list has filled fields (form-js 1.8
   * keeps an empty error entry per repeated field), so the form has fixed rows line1…line3, e.g. line1MerchantId.
   */
  static final int FORM_ROWS = 3;
  static final String FORM_ROW_PREFIX = "line";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One purchase line, checked. */
  record Line(MerchantRegister.Merchant merchant, String goods, List<ServiceKind> services, LocalDate serviceDate,
      boolean registeredAtDesk) {}

  private final Map<String, String> errors = new LinkedHashMap<>();
  private final List<Line> lines = new ArrayList<>();
  private int returnDays = Mall.DEFAULT_RETURN_DAYS;

  private PurchaseRegistration() {}

  Map<String, String> errors() {
    return errors;
  }

  List<Line> lines() {
    return lines;
  }

  int returnDays() {
    return returnDays;
  }

  /** Reads and checks a purchase as the start form (or the API, through its variables) submits it. */
  static PurchaseRegistration check(Map<String, Object> variables, MerchantRegister register) {
    FormValues values = new FormValues(variables);
    PurchaseRegistration read = new PurchaseRegistration();
    List<PurchaseLine> purchaseLines = new ArrayList<>();
    List<Map<String, Object>> rows = variables.containsKey(PURCHASE_LINES) ? rows(variables.get(PURCHASE_LINES))
        : formRows(variables);
    if (rows == null) {
      values.refuse(PURCHASE_LINES, "购物明细格式不正确");
    } else {
      for (int i = 0; i < rows.size(); i++) {
        purchaseLines.add(line(rows.get(i), i, read));
      }
    }
    PurchaseRequest request = new PurchaseRequest(values.text(CARD_NUMBER.name()), values.text(CUSTOMER_NAME.name()),
        values.text(CUSTOMER_PHONE.name()), values.text(ADDRESS.name()), values.whole(RETURN_DAYS),
        rows == null ? null : purchaseLines);
    PurchaseRegistration checked = rows == null ? new PurchaseRegistration() : lineErrors(purchaseLines, register);
    Map<String, String> errors = FormValues.firstPerField(values.errors(), read.errors, Rules.fieldErrors(request),
        checked.errors);
    checked.errors.clear();
    checked.errors.putAll(errors);
    if (request.returnDays() != null) {
      checked.returnDays = request.returnDays();
    }
    return checked;
  }

  /** One row of the form or of the purchase lines variable, read into a line; its wrong types recorded. */
  private static PurchaseLine line(Map<String, Object> row, int i, PurchaseRegistration read) {
    String field = PURCHASE_LINES + "[" + i + "]";
    String prefix = "第" + (i + 1) + "行:";
    for (String key : row.keySet()) {
      read.require(LINE_FIELDS.contains(key), field + "." + key, prefix + "未知字段");
    }
    Object registered = row.get(LINE_REGISTERED);
    read.require(registered == null || registered instanceof Boolean, field + "." + LINE_REGISTERED,
        prefix + "商户是否带顾客到客服中心登记应为是或否");
    return new PurchaseLine(textOrNull(row.get(LINE_MERCHANT)), textOrNull(row.get(LINE_GOODS)),
        list(row.get(LINE_SERVICES)), textOrNull(row.get(LINE_SERVICE_DATE)),
        registered instanceof Boolean flag ? flag : null);
  }

  /**
   * The lines against the merchant register: each line's merchant registered (once per purchase), its goods, its
   * services (测量/送货/安装/维修, none twice), its date; at least one line. The form's empty rows are skipped.
   */
  static PurchaseRegistration lineErrors(List<PurchaseLine> purchaseLines, MerchantRegister register) {
    PurchaseRegistration r = new PurchaseRegistration();
    List<PurchaseLine> given = purchaseLines == null ? List.of() : purchaseLines;
    Set<String> merchants = new LinkedHashSet<>();
    for (int i = 0; i < given.size(); i++) {
      if (given.get(i) != null) {
        r.line(given.get(i), i, register, merchants);
      }
    }
    r.require(!r.lines.isEmpty() || r.errors.keySet().stream().anyMatch(k -> k.startsWith(PURCHASE_LINES)),
        PURCHASE_LINES, "请至少填写一个商户的购物明细");
    return r;
  }

  private void line(PurchaseLine row, int i, MerchantRegister register, Set<String> merchants) {
    String field = PURCHASE_LINES + "[" + i + "]";
    String prefix = "第" + (i + 1) + "行:";
    if (row.blank()) {
      return; // the form's empty row
    }
    String merchantId = PurchaseRequest.text(row.merchantId());
    String goods = PurchaseRequest.text(row.goods());
    List<String> codes = row.services();
    Optional<MerchantRegister.Merchant> merchant = merchantId.isEmpty() ? Optional.empty()
        : register.merchant(merchantId);
    require(merchant.isPresent(), field + "." + LINE_MERCHANT, prefix + "商户编号不在商户登记册中");
    require(merchant.isEmpty() || merchants.add(merchantId), field + "." + LINE_MERCHANT,
        prefix + "同一商户只填一行");
    require(!goods.isEmpty() && goods.length() <= 200, field + "." + LINE_GOODS, prefix + "请填写所购商品(最多200字)");
    List<ServiceKind> services = new ArrayList<>();
    if (codes != null) {
      for (String code : codes) {
        ServiceKind.byCode(PurchaseRequest.text(code)).filter(k -> !services.contains(k)).ifPresent(services::add);
      }
    }
    require(codes != null && !codes.isEmpty() && services.size() == codes.size(), field + "." + LINE_SERVICES,
        prefix + "请选择后续服务(测量、送货、安装、维修),不重复");
    LocalDate date = date(row.serviceDate());
    require(date != null, field + "." + LINE_SERVICE_DATE, prefix + "请填写预约服务日期(yyyy-MM-dd)");
    if (merchant.isPresent() && date != null && !services.isEmpty()) {
      lines.add(new Line(merchant.get(), goods, services, date, Boolean.TRUE.equals(row.registeredAtDesk())));
    }
  }

  private void require(boolean condition, String field, String message) {
    if (!condition) {
      errors.putIfAbsent(field, message);
    }
  }

  private static LocalDate date(String value) {
    String text = PurchaseRequest.text(value);
    if (text.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(text.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String textOrNull(Object value) {
    return value == null ? null : value.toString();
  }

  private static List<String> list(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof Collection<?> items) {
      return items.stream().map(PurchaseRegistration::text).toList();
    }
    return null;
  }

  /** The rows of the start form (line1MerchantId, line1Goods, …), blank rows included; checked like API lines. */
  static List<Map<String, Object>> formRows(Map<String, Object> variables) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 1; i <= FORM_ROWS; i++) {
      Map<String, Object> row = new LinkedHashMap<>();
      for (String field : List.of(LINE_MERCHANT, LINE_GOODS, LINE_SERVICES, LINE_SERVICE_DATE, LINE_REGISTERED)) {
        Object value = variables.get(formField(i, field));
        if (value instanceof SpinJsonNode node) {
          try {
            value = JSON.readValue(node.toString(), Object.class);
          } catch (JsonProcessingException unreadable) {
            value = node.toString();
          }
        }
        if (value != null) {
          row.put(field, value);
        }
      }
      rows.add(row);
    }
    return rows;
  }

  /** line1MerchantId, line2Goods, … */
  static String formField(int row, String field) {
    return FORM_ROW_PREFIX + row + Character.toUpperCase(field.charAt(0)) + field.substring(1);
  }

  /** The purchase lines as Tasklist's dynamic list sends them (JSON), as JSON text, or a Java list; null when unreadable. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> rows(Object raw) {
    try {
      Object value = raw;
      if (value instanceof SpinJsonNode node) {
        value = JSON.readValue(node.toString(), List.class);
      } else if (value instanceof String text) {
        value = text.isBlank() ? List.of() : JSON.readValue(text, List.class);
      }
      if (value == null) {
        return List.of();
      }
      if (!(value instanceof Collection<?> items)) {
        return null;
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Object item : items) {
        if (!(item instanceof Map<?, ?> map)) {
          return null;
        }
        rows.add((Map<String, Object>) map);
      }
      return rows;
    } catch (JsonProcessingException | ClassCastException unreadable) {
      return null;
    }
  }

  static String text(Object value) {
    return value == null ? "" : value.toString().strip();
  }
}
