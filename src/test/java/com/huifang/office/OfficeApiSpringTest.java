package com.huifang.office;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.SpringTestBase;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Issue 27 (1): the administrator registers an office through {@code PUT /api/offices/{id}}; everyone lists them. */
class OfficeApiSpringTest extends SpringTestBase {

  private final String id = "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  private ResponseEntity<Map> put(TestRestTemplate client, String officeId, Object body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return client.exchange("/api/offices/" + officeId, HttpMethod.PUT, new HttpEntity<>(body, headers), Map.class);
  }

  @Test
  @DisplayName("issue 27 (1): an office registered by the administrator gets its tenant, with the company roles as "
      + "members, and is listed; registering it again changes its name and adds projects")
  void administratorRegistersAnOffice() {
    var saved = put(as("admin"), id, Map.of("name", "建材城管理处", "projects", List.of("建材城" + id)));
    assertThat(saved.getStatusCode()).as("%s", saved.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(saved.getBody()).containsEntry("id", id).containsEntry("name", "建材城管理处")
        .containsEntry("projects", List.of("建材城" + id));
    var tenant = identity.createTenantQuery().tenantId(id).singleResult();
    assertThat(tenant.getName()).isEqualTo("建材城管理处");
    for (String group : List.of("general-manager", "management-rep", "camunda-admin")) {
      assertThat(identity.createTenantQuery().tenantId(id).groupMember(group).count()).as(group).isEqualTo(1);
    }

    assertThat(saved.getBody().get("opens")).as("the company's office hours").isNull();

    var renamed = put(as("admin"), id, Map.of("name", "建材城管理处(新)", "projects", List.of("二期" + id),
        "opens", "09:00", "closes", "18:00"));
    assertThat((List<String>) renamed.getBody().get("projects")).containsExactlyInAnyOrder("建材城" + id, "二期" + id);
    assertThat(renamed.getBody()).containsEntry("opens", "09:00:00").containsEntry("closes", "18:00:00");
    assertThat(identity.createTenantQuery().tenantId(id).singleResult().getName()).isEqualTo("建材城管理处(新)");

    ResponseEntity<List> listed = as(newUser("housekeeper")).getForEntity("/api/offices", List.class);
    assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((List<Map<String, Object>>) listed.getBody()).extracting(o -> o.get("id"))
        .contains(OfficeRegister.DEFAULT_OFFICE, id);
  }

  @Test
  @DisplayName("issue 27 (1): only an administrator registers an office (403); a bad id or name is refused with 400 "
      + "field by field, and nothing is written")
  void refused() {
    var forbidden = put(as(newUser("general-manager")), id, Map.of("name", "管理处"));
    assertThat(forbidden.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(forbidden.getBody()).containsEntry("message", OfficeController.FORBIDDEN);

    var badId = put(as("admin"), "office-1", Map.of("name", "管理处"));
    assertThat(badId.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((Map<String, Object>) badId.getBody().get("errors")).containsKey("id");

    var badName = put(as("admin"), id, Map.of("name", " ", "projects", List.of("")));
    assertThat(badName.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badName.getBody().get("message").toString()).contains("管理处登记");

    var badTime = put(as("admin"), id, Map.of("name", "管理处", "opens", "8:30", "closes", "25:00"));
    assertThat(badTime.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((Map<String, Object>) badTime.getBody().get("errors")).containsKeys("opens", "closes");
    var onlyOne = put(as("admin"), id, Map.of("name", "管理处", "opens", "08:30"));
    assertThat(onlyOne.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((Map<String, Object>) onlyOne.getBody().get("errors")).containsKey("closes");
    var reversed = put(as("admin"), id, Map.of("name", "管理处", "opens", "18:00", "closes", "08:30"));
    assertThat(reversed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((Map<String, Object>) reversed.getBody().get("errors")).containsEntry("closes", "下班时间不能早于上班时间");
    assertThat(identity.createTenantQuery().tenantId(id).count()).isZero();
    assertThat(as("admin").getForEntity("/api/offices", List.class).getBody().toString()).doesNotContain(id);
  }
}
