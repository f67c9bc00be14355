package com.huifang.errand;

import static com.huifang.errand.Errand.Vars.*;

import com.huifang.owner.PhoneNumber;
import com.huifang.engine.DateInput;
import com.huifang.engine.Variable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * E1, E10: what an errand needs when it is taken: the errand type, the owner, the recipient and the
 * promised delivery time, the estimated cost, and for a cake its purpose, size, design, colours, text and
 * brand (card and flowers), for a flower basket the occasion and whether the person is in hospital. One set
 * of rules for the start form ({@link PrepareErrandListener}) and {@code POST /api/errands}.
 *
 * @param errors   field → message, empty when the request is complete
 * @param prepared the variables the errand starts with, normalized, when there are no errors
 */
public record ErrandRequest(Map<String, String> errors, Map<String, Object> prepared) {

  public static final int MAX_TEXT = 200;
  static final Map<String, String> TYPES = Map.of("cake", "代订蛋糕", "flowerBasket", "上门送花篮");
  static final Map<String, String> CAKE_PURPOSES = Map.of("birthday", "业户生日", "celebration", "喜庆活动", "other", "其他");
  static final Map<String, String> OCCASIONS = Map.of("illness", "业主生病", "birthday", "生日", "festival", "节日");
  static final List<Variable<String>> TEXT_FIELDS = List.of(ERRAND_TYPE, OWNER_NAME, UNIT, OWNER_PHONE, RECIPIENT_NAME,
      RECIPIENT_PHONE, CAKE_PURPOSE, CAKE_SIZE, CAKE_DESIGN, CAKE_COLOURS, CAKE_TEXT, CAKE_BRAND, SPECIAL_ARRANGEMENTS,
      OCCASION, HOSPITAL);
  static final List<Variable<Boolean>> FLAGS = List.of(WITH_CARD, WITH_FLOWERS, IN_HOSPITAL);
  /** Every field a request may carry (the API refuses others). */
  public static final List<String> FIELDS;

  static {
    List<String> fields = new ArrayList<>();
    TEXT_FIELDS.forEach(v -> fields.add(v.name()));
    FLAGS.forEach(v -> fields.add(v.name()));
    fields.add(DELIVERY_TIME);
    fields.add(ESTIMATED_COST.name());
    FIELDS = List.copyOf(fields);
  }

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  public boolean valid() {
    return errors.isEmpty();
  }

  public static ErrandRequest check(Map<String, ?> input, Instant now, ZoneId zone) {
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, Object> out = new LinkedHashMap<>();
    for (Variable<String> field : TEXT_FIELDS) {
      Object value = input.get(field.name());
      if (value != null && !(value instanceof String)) {
        errors.put(field.name(), "应为文本");
      } else if (value != null && ((String) value).length() > MAX_TEXT) {
        errors.put(field.name(), "内容过长(最多" + MAX_TEXT + "字)");
      } else if (value != null && !((String) value).isBlank()) {
        out.put(field.name(), ((String) value).strip());
      }
    }
    for (Variable<Boolean> flag : FLAGS) {
      Object value = input.get(flag.name());
      if (value != null && !(value instanceof Boolean)) {
        errors.put(flag.name(), "应为 true 或 false");
      }
      out.put(flag.name(), Boolean.TRUE.equals(value));
    }
    String type = (String) out.get(ERRAND_TYPE.name());
    require(errors, type != null && TYPES.containsKey(type), ERRAND_TYPE.name(), "请选择委托事项(代订蛋糕或上门送花篮)");
    require(errors, out.containsKey(OWNER_NAME.name()), OWNER_NAME.name(), "请填写业户姓名");
    require(errors, out.containsKey(UNIT.name()), UNIT.name(), "请填写单位/房号");
    phone(errors, out, OWNER_PHONE.name(), "联系电话");
    require(errors, out.containsKey(RECIPIENT_NAME.name()), RECIPIENT_NAME.name(), "请填写收取人姓名");
    phone(errors, out, RECIPIENT_PHONE.name(), "收取人电话");

    Object rawTime = input.get(DELIVERY_TIME);
    Date due = DateInput.parse(rawTime, zone).orElse(null);
    if (due == null) {
      errors.putIfAbsent(DELIVERY_TIME, rawTime == null || "".equals(rawTime) ? "请填写送达时间"
          : "送达时间格式不正确,应为 yyyy-MM-ddTHH:mm");
    } else if (due.toInstant().isBefore(now)) {
      errors.putIfAbsent(DELIVERY_TIME, "送达时间不能早于现在");
    } else {
      out.put(DELIVERY_DUE.name(), due);
      out.put(DELIVERY_TIME_TEXT.name(), SHOWN.format(due.toInstant().atZone(zone)));
    }

    Amount.Parsed estimated = ESTIMATED_COST.parse(input.get(ESTIMATED_COST.name()));
    if (estimated.valid()) {
      out.put(ESTIMATED_COST.name(), Amount.format(estimated.value()));
    } else {
      errors.putIfAbsent(ESTIMATED_COST.name(), estimated.error());
    }

    boolean birthday = false;
    if ("cake".equals(type)) {
      String purpose = (String) out.get(CAKE_PURPOSE.name());
      require(errors, purpose != null && CAKE_PURPOSES.containsKey(purpose), CAKE_PURPOSE.name(), "请选择代订用意");
      require(errors, out.containsKey(CAKE_SIZE.name()), CAKE_SIZE.name(), "请填写蛋糕大小");
      require(errors, out.containsKey(CAKE_DESIGN.name()), CAKE_DESIGN.name(), "请填写图案");
      require(errors, out.containsKey(CAKE_COLOURS.name()), CAKE_COLOURS.name(), "请填写色彩");
      require(errors, out.containsKey(CAKE_TEXT.name()), CAKE_TEXT.name(), "请填写字样内容(不要字样的填“无”)");
      require(errors, out.containsKey(CAKE_BRAND.name()), CAKE_BRAND.name(), "请填写品牌要求(不限的填“不限”)");
      out.put(IN_HOSPITAL.name(), false);
      birthday = "birthday".equals(purpose);
      out.put(ERRAND_SUMMARY.name(), "代订蛋糕(%s):%s,%s,图案%s,%s,字样“%s”%s%s".formatted(
          purpose == null ? "" : CAKE_PURPOSES.getOrDefault(purpose, ""), out.get(CAKE_SIZE.name()), out.get(CAKE_BRAND.name()),
          out.get(CAKE_DESIGN.name()), out.get(CAKE_COLOURS.name()), out.get(CAKE_TEXT.name()),
          Boolean.TRUE.equals(out.get(WITH_CARD.name())) ? ",附卡" : "",
          Boolean.TRUE.equals(out.get(WITH_FLOWERS.name())) ? ",附鲜花" : ""));
    } else if ("flowerBasket".equals(type)) {
      String occasion = (String) out.get(OCCASION.name());
      require(errors, occasion != null && OCCASIONS.containsKey(occasion), OCCASION.name(), "请选择送花篮事由(业主生病、生日或节日)");
      require(errors, !Boolean.TRUE.equals(out.get(IN_HOSPITAL.name())) || out.containsKey(HOSPITAL.name()),
          HOSPITAL.name(), "对方住院的,请填写医院及病房");
      out.put(OCCASION_LABEL.name(), occasion == null ? "" : OCCASIONS.getOrDefault(occasion, ""));
      birthday = "birthday".equals(occasion);
      out.put(ERRAND_SUMMARY.name(), "上门送花篮(%s)%s".formatted(occasion == null ? "" : OCCASIONS.getOrDefault(occasion, ""),
          Boolean.TRUE.equals(out.get(IN_HOSPITAL.name())) ? ",对方住院:" + out.get(HOSPITAL.name()) + ",委托家属转交" : ""));
    }
    out.put(ERRAND_TYPE_LABEL.name(), type == null ? "" : TYPES.getOrDefault(type, ""));
    out.put(BIRTHDAY.name(), birthday);
    out.put(BIRTHDAY_LABEL.name(), birthday ? "是:准备祝福,管理人员一道前往" : "否");
    return new ErrandRequest(errors, errors.isEmpty() ? out : Map.of());
  }

  private static void phone(Map<String, String> errors, Map<String, Object> out, String field, String label) {
    Object phone = out.get(field);
    require(errors, phone != null, field, "请填写" + label);
    require(errors, phone == null || PhoneNumber.isValid((String) phone), field,
        label + PhoneNumber.FORMAT_HINT);
  }

  private static void require(Map<String, String> errors, boolean condition, String field, String message) {
    if (!condition) {
      errors.putIfAbsent(field, message);
    }
  }
}
