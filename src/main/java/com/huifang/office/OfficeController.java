package com.huifang.office;

import com.huifang.engine.InvalidInput;
import com.huifang.web.CallerIn;
import jakarta.validation.Valid;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The office register over HTTP (issue 27): {@code GET /api/offices} lists the offices and their projects;
 * {@code PUT /api/offices/{id}} adds or changes one (name, projects, office hours; administrators only) and creates its
 * tenant with the company roles as members. Its staff are made members of the tenant in Camunda Admin (租户).
 */
@RestController
@RequestMapping("/api/offices")
class OfficeController {

  static final String FORBIDDEN = "只有系统管理员可以登记管理处";
  /** The engine's default pattern for tenant ids: letters and digits. */
  static final Pattern ID = Pattern.compile("[a-zA-Z0-9]{1,64}");

  private final OfficeRegister offices;

  OfficeController(OfficeRegister offices) {
    this.offices = offices;
  }

  @GetMapping
  List<Office> list() {
    return offices.all();
  }

  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @CallerIn(value = Groups.CAMUNDA_ADMIN, refused = FORBIDDEN)
  Office save(@PathVariable String id, @Valid @RequestBody OfficeRequest request) {
    InvalidInput invalid = new InvalidInput().require(ID.matcher(id).matches(), "id", "管理处编号只能由字母和数字组成(最多64位)");
    request.crossErrors().forEach((field, message) -> invalid.require(false, field, message));
    invalid.throwIfAny("管理处登记");
    offices.save(new Office(id, request.name().strip(), request.projects().stream().map(String::strip).toList(),
        request.opens() == null ? null : LocalTime.parse(request.opens()),
        request.closes() == null ? null : LocalTime.parse(request.closes())));
    return offices.find(id).orElseThrow();
  }
}
