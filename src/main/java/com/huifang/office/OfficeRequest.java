package com.huifang.office;

import com.huifang.web.ApiRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An office as the administrator registers it ({@code PUT /api/offices/{id}}): its Chinese name, the projects
 * (小区/项目, as in the owner register's project column) it manages, and its customer-service center's office hours
 * (C2, {@code "08:30"}), both or neither (the company's).
 */
@ApiRequest("管理处登记")
public record OfficeRequest(
    @NotBlank(message = "请填写管理处名称") @Size(max = 100, message = "管理处名称过长(最多100字)") String name,
    @Size(max = 200, message = "项目过多(最多200个)")
    List<@NotBlank(message = "项目名称不能为空") @Size(max = 100, message = "项目名称过长(最多100字)") String> projects,
    @Pattern(regexp = TIME, message = TIME_FORMAT) String opens,
    @Pattern(regexp = TIME, message = TIME_FORMAT) String closes) {

  static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";
  static final String TIME_FORMAT = "时间格式应为 时:分,如 08:30";

  public OfficeRequest {
    projects = projects == null ? List.of() : projects;
  }

  /** The rules across fields: both office hours or neither, closing not before opening (equal: around the clock). */
  Map<String, String> crossErrors() {
    Map<String, String> errors = new LinkedHashMap<>();
    if ((opens == null) != (closes == null)) {
      errors.put(opens == null ? "opens" : "closes", "上班和下班时间须同时填写(都不填则按公司统一的办公时间)");
    } else if (opens != null && opens.matches(TIME) && closes.matches(TIME)
        && LocalTime.parse(closes).isBefore(LocalTime.parse(opens))) {
      errors.put("closes", "下班时间不能早于上班时间");
    }
    return errors;
  }
}
