package com.huifang.office;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.DemoSpringTestBase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Issue 27 (2): demo mode has two offices with their own staff, so the separation shows on the first start. */
class OfficeDemoSpringTest extends DemoSpringTestBase {

  @Autowired OfficeRegister offices;

  private List<Map<String, Object>> tasksOf(String user) {
    ResponseEntity<List> response = as(user).getForEntity("/engine-rest/task?maxResults=1000", List.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  @Test
  @DisplayName("issue 27 (2): two offices, each with its projects and staff; the company roles belong to both")
  void twoOffices() {
    // contains: on a shared PostgreSQL database the other tests' offices are there too
    assertThat(offices.all()).extracting(Office::id).contains("bishui", OfficeRegister.DEFAULT_OFFICE);
    assertThat(offices.find("bishui")).get().satisfies(o -> assertThat(o.projects()).containsExactly("碧水湾"));
    assertThat(offices.find(OfficeRegister.DEFAULT_OFFICE)).get()
        .satisfies(o -> assertThat(o.projects()).containsExactlyInAnyOrder("翠湖花园", "锦绣华庭"));
    for (String user : List.of("kefu", "guanjia", "daguanjia", "jingli", "shanghu", "shanghu2")) {
      assertThat(offices.officesOf(user)).as(user).containsExactly(OfficeRegister.DEFAULT_OFFICE);
    }
    for (String user : List.of("kefu2", "guanjia2", "daguanjia2", "jingli2")) {
      assertThat(offices.officesOf(user)).as(user).containsExactly("bishui");
      assertThat(identity.checkPassword(user, PASSWORD)).isTrue();
    }
    for (String user : List.of("zongjingli", "guandai", "admin")) {
      assertThat(offices.officesOf(user)).as(user).contains("bishui", OfficeRegister.DEFAULT_OFFICE);
      assertThat(identity.createTenantQuery().userMember(user).count()).as(user + ", directly").isZero();
    }
  }

  @Test
  @DisplayName("issue 27 (3): the demo cases are the first office's: its staff see them, the second office's staff "
      + "see none of them, the general manager sees them all")
  void secondOfficeSeesNoneOfTheFirstsWork() {
    assertThat(tasksOf("kefu")).isNotEmpty();
    assertThat(tasksOf("guanjia")).isNotEmpty();
    assertThat(tasksOf("kefu2")).isEmpty();
    assertThat(tasksOf("guanjia2")).isEmpty();
    assertThat(tasksOf("jingli2")).isEmpty();
    assertThat(tasksOf("zongjingli").size()).isGreaterThanOrEqualTo(tasksOf("jingli").size());
    assertThat(as("jingli2").getForEntity("/engine-rest/history/process-instance/count", Map.class).getBody())
        .containsEntry("count", 0);
    assertThat((Integer) as("jingli").getForEntity("/engine-rest/history/process-instance/count", Map.class).getBody()
        .get("count")).isPositive();
  }
}
