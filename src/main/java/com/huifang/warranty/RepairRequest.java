package com.huifang.warranty;

import com.huifang.web.ApiRequest;
import com.huifang.web.WrongType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** W6, a repair request for a warranty case as {@code POST /api/warranties/{caseNumber}/repairs} takes it. */
@ApiRequest("报修")
public record RepairRequest(
    @WrongType(RepairRequest.REQUIRED) @NotBlank(message = REQUIRED) @Size(max = 4000, message = REQUIRED)
    String faultDescription) {

  static final String REQUIRED = "请填写报修内容(最多4000字)";
}
