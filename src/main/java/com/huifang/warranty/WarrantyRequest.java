package com.huifang.warranty;

import com.huifang.engine.DateText;
import com.huifang.engine.FollowsRules;
import com.huifang.engine.Rules;
import com.huifang.owner.Phone;
import com.huifang.web.ApiRequest;
import com.huifang.web.WrongType;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * W1, a warranty registration at completion acceptance as {@code POST /api/warranties} takes it, and as the start
 * form's listener reads it ({@link WarrantyRegistration#check}): the fields' rules here, the rules that need today in
 * {@link WarrantyRegistration#crossErrors}, applied to the API's request by {@link FollowsRules}.
 */
@ApiRequest("保修登记")
@FollowsRules
public record WarrantyRequest(
    @NotBlank(message = "请填写工程名称") @Size(max = MAX_TEXT, message = TOO_LONG) String projectName,
    @NotBlank(message = "请填写业主姓名") @Size(max = MAX_TEXT, message = TOO_LONG) String ownerName,
    @NotBlank(message = "请填写房号") @Size(max = MAX_TEXT, message = TOO_LONG) String unit,
    @NotBlank(message = "请填写联系电话") @Phone @Size(max = MAX_TEXT, message = TOO_LONG) String ownerPhone,
    @NotBlank(message = "请填写竣工交付日期") @DateText(message = "竣工交付日期格式不正确,应为 yyyy-MM-dd") String handoverDate,
    @WrongType("应为文本数组,如 [\"tile\",\"wood\"]") @NotEmpty(message = "请至少选择一项施工项目")
    @WarrantyRequest.KnownWorkKinds List<String> workKinds,
    @Min(value = 1, message = YEARS) @Max(value = WarrantyRequest.MAX_YEARS, message = YEARS) Integer warrantyYears)
    implements FollowsRules.Checked {

  public static final int MAX_YEARS = 10;
  public static final int MAX_TEXT = 200;
  static final String TOO_LONG = "内容过长(最多200字)";
  static final String YEARS = "保修期须为1到10年的整数";

  /** W1, W7: a handover not after today, whose warranty has not yet ended ({@link WarrantyRegistration#crossErrors}). */
  @Override
  public Map<String, String> crossErrors(Clock clock) {
    return WarrantyRegistration.crossErrors(this, LocalDate.now(clock), clock.getZone());
  }

  /** The years of the warranty: as given, or the default of 2. */
  int years() {
    return warrantyYears == null ? Warranty.DEFAULT_YEARS : warrantyYears;
  }

  /** The variables a case starts with, as the start form would send them; the start listener checks them again. */
  Map<String, Object> variables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    put(variables, Warranty.Vars.PROJECT_NAME.name(), projectName);
    put(variables, Warranty.Vars.OWNER_NAME.name(), ownerName);
    put(variables, Warranty.Vars.UNIT.name(), unit);
    put(variables, Warranty.Vars.OWNER_PHONE.name(), ownerPhone);
    put(variables, Warranty.Vars.HANDOVER_DATE, handoverDate);
    put(variables, Warranty.Vars.WORK_KINDS, workKinds == null ? null : String.join(",", workKinds));
    put(variables, Warranty.Vars.WARRANTY_YEARS, warrantyYears == null ? null : warrantyYears.longValue());
    return variables;
  }

  private static void put(Map<String, Object> variables, String name, Object value) {
    if (value != null) {
      variables.put(name, value instanceof String text ? text.strip() : value);
    }
  }

  /** Codes of {@link WorkKind} only; the unknown ones are named. */
  @Constraint(validatedBy = KnownWorkKinds.Check.class)
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
  @interface KnownWorkKinds {
    String message() default "未知的施工项目";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<KnownWorkKinds, List<String>> {
      @Override
      public boolean isValid(List<String> codes, ConstraintValidatorContext context) {
        List<String> unknown = codes == null ? List.of() : codes.stream()
            .filter(code -> code != null && WorkKind.byCode(code).isEmpty()).toList();
        if (unknown.isEmpty()) {
          return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(Rules.literal("未知的施工项目:" + String.join(",", unknown)))
            .addConstraintViolation();
        return false;
      }
    }
  }
}
