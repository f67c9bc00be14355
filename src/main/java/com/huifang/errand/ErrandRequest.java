package com.huifang.errand;

import static com.huifang.errand.Errand.Vars.*;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.huifang.engine.DateInput;
import com.huifang.engine.DateText;
import com.huifang.engine.FollowsRules;
import com.huifang.engine.FormValues;
import com.huifang.engine.OneOf;
import com.huifang.engine.Rules;
import com.huifang.owner.Phone;
import com.huifang.owner.PhoneNumber;
import com.huifang.web.ApiRequest;
import com.huifang.web.DecimalText;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * E1, E10: what an errand needs when it is taken: the errand type, the owner, the recipient and the promised delivery
 * time, the estimated cost, and for a cake its purpose, size, design, colours, text and brand (card and flowers), for
 * a flower basket the occasion and whether the person is in hospital. The request {@code POST /api/errands} takes,
 * and the one the start form's listener reads ({@link #check}): the fields' rules here, the rules that depend on the
 * errand type or on the time in {@link #crossErrors}.
 */
@ApiRequest("委托受理")
@FollowsRules
public record ErrandRequest(
    @NotBlank(message = TYPE) @OneOf(value = {"cake", "flowerBasket"}, message = TYPE) @Size(max = MAX_TEXT, message = TOO_LONG)
    String errandType,
    @NotBlank(message = "请填写业户姓名") @Size(max = MAX_TEXT, message = TOO_LONG) String ownerName,
    @NotBlank(message = "请填写单位/房号") @Size(max = MAX_TEXT, message = TOO_LONG) String unit,
    @NotBlank(message = "请填写联系电话") @Phone @Size(max = MAX_TEXT, message = TOO_LONG) String ownerPhone,
    @NotBlank(message = "请填写收取人姓名") @Size(max = MAX_TEXT, message = TOO_LONG) String recipientName,
    @NotBlank(message = "请填写收取人电话") @Phone(message = "收取人电话" + PhoneNumber.FORMAT_HINT)
    @Size(max = MAX_TEXT, message = TOO_LONG) String recipientPhone,
    @Size(max = MAX_TEXT, message = TOO_LONG) String cakePurpose,
    @Size(max = MAX_TEXT, message = TOO_LONG) String cakeSize,
    @Size(max = MAX_TEXT, message = TOO_LONG) String cakeDesign,
    @Size(max = MAX_TEXT, message = TOO_LONG) String cakeColours,
    @Size(max = MAX_TEXT, message = TOO_LONG) String cakeText,
    @Size(max = MAX_TEXT, message = TOO_LONG) String cakeBrand,
    @Size(max = MAX_TEXT, message = TOO_LONG) String specialArrangements,
    @Size(max = MAX_TEXT, message = TOO_LONG) String occasion,
    @Size(max = MAX_TEXT, message = TOO_LONG) String hospital,
    Boolean withCard,
    Boolean withFlowers,
    Boolean inHospital,
    @NotBlank(message = "请填写送达时间") @DateText(message = "送达时间格式不正确,应为 yyyy-MM-ddTHH:mm") String deliveryTime,
    @JsonDeserialize(using = DecimalText.class) @ErrandRequest.Yuan String estimatedCost)
    implements FollowsRules.Checked {

  public static final int MAX_TEXT = 200;
  static final String TOO_LONG = "内容过长(最多200字)";
  static final String TYPE = "请选择委托事项(代订蛋糕或上门送花篮)";
  static final Map<String, String> TYPES = Map.of("cake", "代订蛋糕", "flowerBasket", "上门送花篮");
  static final Map<String, String> CAKE_PURPOSES = Map.of("birthday", "业户生日", "celebration", "喜庆活动", "other", "其他");
  static final Map<String, String> OCCASIONS = Map.of("illness", "业主生病", "birthday", "生日", "festival", "节日");
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** The outcome of a check: field → message (empty when the request is complete), and the variables to start with. */
  public record Checked(Map<String, String> errors, Map<String, Object> prepared) {
    public boolean valid() {
      return errors.isEmpty();
    }
  }

  /** Reads and checks an errand as the start form (or a REST call to the engine) sends it, at {@code now}. */
  public static Checked check(Map<String, ?> input, Instant now, ZoneId zone) {
    FormValues values = new FormValues(input);
    Object rawTime = values.raw(DELIVERY_TIME);
    ErrandRequest request = new ErrandRequest(values.text(ERRAND_TYPE.name()), values.text(OWNER_NAME.name()),
        values.text(UNIT.name()), values.text(OWNER_PHONE.name()), values.text(RECIPIENT_NAME.name()),
        values.text(RECIPIENT_PHONE.name()), values.text(CAKE_PURPOSE.name()), values.text(CAKE_SIZE.name()),
        values.text(CAKE_DESIGN.name()), values.text(CAKE_COLOURS.name()), values.text(CAKE_TEXT.name()),
        values.text(CAKE_BRAND.name()), values.text(SPECIAL_ARRANGEMENTS.name()), values.text(OCCASION.name()),
        values.text(HOSPITAL.name()), values.flag(WITH_CARD.name()), values.flag(WITH_FLOWERS.name()),
        values.flag(IN_HOSPITAL.name()),
        rawTime instanceof Date date ? date.toInstant().atZone(zone).toOffsetDateTime().toString()
            : values.text(DELIVERY_TIME),
        ESTIMATED_COST.text(values.raw(ESTIMATED_COST.name())));
    Map<String, String> errors = FormValues.firstPerField(values.errors(), Rules.fieldErrors(request),
        request.crossErrors(Clock.fixed(now, zone)));
    return new Checked(errors, errors.isEmpty() ? request.prepared(zone) : Map.of());
  }

  /** The rules that depend on the errand type, or on the time: a delivery not promised for the past. */
  @Override
  public Map<String, String> crossErrors(Clock clock) {
    Map<String, String> errors = new LinkedHashMap<>();
    DateInput.parse(deliveryTime, clock.getZone()).filter(due -> due.toInstant().isBefore(clock.instant()))
        .ifPresent(past -> errors.put(DELIVERY_TIME, "送达时间不能早于现在"));
    if ("cake".equals(text(errandType))) {
      require(errors, text(cakePurpose) != null && CAKE_PURPOSES.containsKey(text(cakePurpose)), CAKE_PURPOSE.name(),
          "请选择代订用意");
      require(errors, text(cakeSize) != null, CAKE_SIZE.name(), "请填写蛋糕大小");
      require(errors, text(cakeDesign) != null, CAKE_DESIGN.name(), "请填写图案");
      require(errors, text(cakeColours) != null, CAKE_COLOURS.name(), "请填写色彩");
      require(errors, text(cakeText) != null, CAKE_TEXT.name(), "请填写字样内容(不要字样的填“无”)");
      require(errors, text(cakeBrand) != null, CAKE_BRAND.name(), "请填写品牌要求(不限的填“不限”)");
    } else if ("flowerBasket".equals(text(errandType))) {
      require(errors, text(occasion) != null && OCCASIONS.containsKey(text(occasion)), OCCASION.name(),
          "请选择送花篮事由(业主生病、生日或节日)");
      require(errors, !Boolean.TRUE.equals(inHospital) || text(hospital) != null, HOSPITAL.name(), "对方住院的,请填写医院及病房");
    }
    return errors;
  }

  /** The variables the errand starts with: the request normalized, and what the forms show of it. */
  Map<String, Object> prepared(ZoneId zone) {
    Map<String, Object> out = new LinkedHashMap<>();
    List.of(ERRAND_TYPE.name(), OWNER_NAME.name(), UNIT.name(), OWNER_PHONE.name(), RECIPIENT_NAME.name(),
        RECIPIENT_PHONE.name(), CAKE_PURPOSE.name(), CAKE_SIZE.name(), CAKE_DESIGN.name(), CAKE_COLOURS.name(),
        CAKE_TEXT.name(), CAKE_BRAND.name(), SPECIAL_ARRANGEMENTS.name(), OCCASION.name(), HOSPITAL.name())
        .forEach(name -> {
          String value = text(texts().get(name));
          if (value != null) {
            out.put(name, value);
          }
        });
    out.put(WITH_CARD.name(), Boolean.TRUE.equals(withCard));
    out.put(WITH_FLOWERS.name(), Boolean.TRUE.equals(withFlowers));
    out.put(IN_HOSPITAL.name(), Boolean.TRUE.equals(inHospital));
    Date due = DateInput.parse(deliveryTime, zone).orElseThrow();
    out.put(DELIVERY_DUE.name(), due);
    out.put(DELIVERY_TIME_TEXT.name(), SHOWN.format(due.toInstant().atZone(zone)));
    out.put(ESTIMATED_COST.name(), Amount.format(ESTIMATED_COST.parse(estimatedCost).value()));
    String type = text(errandType);
    boolean birthday = false;
    if ("cake".equals(type)) {
      String purpose = text(cakePurpose);
      out.put(IN_HOSPITAL.name(), false);
      birthday = "birthday".equals(purpose);
      out.put(ERRAND_SUMMARY.name(), "代订蛋糕(%s):%s,%s,图案%s,%s,字样“%s”%s%s".formatted(
          CAKE_PURPOSES.getOrDefault(purpose, ""), out.get(CAKE_SIZE.name()), out.get(CAKE_BRAND.name()),
          out.get(CAKE_DESIGN.name()), out.get(CAKE_COLOURS.name()), out.get(CAKE_TEXT.name()),
          Boolean.TRUE.equals(withCard) ? ",附卡" : "", Boolean.TRUE.equals(withFlowers) ? ",附鲜花" : ""));
    } else {
      String occasionCode = text(occasion);
      out.put(OCCASION_LABEL.name(), OCCASIONS.getOrDefault(occasionCode, ""));
      birthday = "birthday".equals(occasionCode);
      out.put(ERRAND_SUMMARY.name(), "上门送花篮(%s)%s".formatted(OCCASIONS.getOrDefault(occasionCode, ""),
          Boolean.TRUE.equals(inHospital) ? ",对方住院:" + out.get(HOSPITAL.name()) + ",委托家属转交" : ""));
    }
    out.put(ERRAND_TYPE_LABEL.name(), TYPES.getOrDefault(type, ""));
    out.put(BIRTHDAY.name(), birthday);
    out.put(BIRTHDAY_LABEL.name(), birthday ? "是:准备祝福,管理人员一道前往" : "否");
    return out;
  }

  /** The variables the API starts an errand with, as the start form sends them; the start listener checks again. */
  Map<String, Object> variables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    texts().forEach((name, value) -> {
      if (value != null) {
        variables.put(name, value);
      }
    });
    put(variables, WITH_CARD.name(), withCard);
    put(variables, WITH_FLOWERS.name(), withFlowers);
    put(variables, IN_HOSPITAL.name(), inHospital);
    put(variables, DELIVERY_TIME, deliveryTime);
    put(variables, ESTIMATED_COST.name(), estimatedCost);
    return variables;
  }

  private Map<String, String> texts() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put(ERRAND_TYPE.name(), errandType);
    texts.put(OWNER_NAME.name(), ownerName);
    texts.put(UNIT.name(), unit);
    texts.put(OWNER_PHONE.name(), ownerPhone);
    texts.put(RECIPIENT_NAME.name(), recipientName);
    texts.put(RECIPIENT_PHONE.name(), recipientPhone);
    texts.put(CAKE_PURPOSE.name(), cakePurpose);
    texts.put(CAKE_SIZE.name(), cakeSize);
    texts.put(CAKE_DESIGN.name(), cakeDesign);
    texts.put(CAKE_COLOURS.name(), cakeColours);
    texts.put(CAKE_TEXT.name(), cakeText);
    texts.put(CAKE_BRAND.name(), cakeBrand);
    texts.put(SPECIAL_ARRANGEMENTS.name(), specialArrangements);
    texts.put(OCCASION.name(), occasion);
    texts.put(HOSPITAL.name(), hospital);
    return texts;
  }

  private static void put(Map<String, Object> variables, String name, Object value) {
    if (value != null) {
      variables.put(name, value);
    }
  }

  /** Stripped text, null when absent or blank. */
  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static void require(Map<String, String> errors, boolean condition, String field, String message) {
    if (!condition) {
      errors.putIfAbsent(field, message);
    }
  }

  /** An amount in yuan, exact to the fen, by {@link Amount#parse} (a missing amount included). */
  @Constraint(validatedBy = Yuan.Check.class)
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
  @interface Yuan {
    String message() default "金额格式不正确";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<Yuan, String> {
      @Override
      public boolean isValid(String value, ConstraintValidatorContext context) {
        Amount.Parsed parsed = ESTIMATED_COST.parse(value);
        if (parsed.valid()) {
          return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(Rules.literal(parsed.error())).addConstraintViolation();
        return false;
      }
    }
  }
}
