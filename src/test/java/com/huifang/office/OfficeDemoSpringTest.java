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
  @DisplayName("issue 27 (2, 3): each office has demo work of its own: 碧水湾's customer service sees its two revisits "
      + "and none of the first office's work, the first office's staff see none of 碧水湾's, the general manager "
      + "sees both")
  void eachOfficeSeesItsOwnWork() {
    List<Map<String, Object>> kefu2 = tasksOf("kefu2");
    assertThat(kefu2).hasSize(2).allSatisfy(task -> assertThat(task.get("tenantId")).isEqualTo("bishui"))
        .extracting(task -> task.get("name")).containsOnly("回访业主");
    assertThat(tasksOf("guanjia2")).isEmpty();
    assertThat(tasksOf("kefu")).isNotEmpty()
        .allSatisfy(task -> assertThat(task.get("tenantId")).isEqualTo(OfficeRegister.DEFAULT_OFFICE));
    assertThat(tasksOf("guanjia")).isNotEmpty()
        .allSatisfy(task -> assertThat(task.get("tenantId")).isEqualTo(OfficeRegister.DEFAULT_OFFICE));
    List<Map<String, Object>> all = tasksOf("zongjingli");
    assertThat(all).extracting(task -> task.get("tenantId")).contains("bishui", OfficeRegister.DEFAULT_OFFICE);
    assertThat(all.size()).isGreaterThanOrEqualTo(tasksOf("jingli").size() + kefu2.size());
    assertThat(as("jingli2").getForEntity("/engine-rest/history/process-instance?maxResults=1000", List.class).getBody())
        .isNotEmpty().allSatisfy(p -> assertThat(((Map<?, ?>) p).get("tenantId")).isEqualTo("bishui"));
    assertThat((Integer) as("jingli").getForEntity("/engine-rest/history/process-instance/count", Map.class).getBody()
        .get("count")).isPositive();
  }
}
