package com.huifang.office;

import com.huifang.web.ApiRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An office as the administrator registers it ({@code PUT /api/offices/{id}}): its Chinese name and the projects
 * (小区/项目, as in the owner register's project column) it manages.
 */
@ApiRequest("管理处登记")
public record OfficeRequest(
    @NotBlank(message = "请填写管理处名称") @Size(max = 100, message = "管理处名称过长(最多100字)") String name,
    @Size(max = 200, message = "项目过多(最多200个)")
    List<@NotBlank(message = "项目名称不能为空") @Size(max = 100, message = "项目名称过长(最多100字)") String> projects) {

  public OfficeRequest {
    projects = projects == null ? List.of() : projects;
  }
}
