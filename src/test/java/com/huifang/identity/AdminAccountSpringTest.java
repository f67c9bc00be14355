package com.huifang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Without HUIFANG_ADMIN_PASSWORD the first start generates a random admin password and logs it once. */
@ExtendWith(OutputCaptureExtension.class)
// a first start needs a database of its own, also when the suite runs on PostgreSQL
@SpringBootTest(properties = {"huifang.admin.password=",
    "spring.datasource.url=jdbc:h2:mem:first-start;DB_CLOSE_DELAY=-1", "spring.datasource.username=sa",
    "spring.datasource.password="})
@Tag("own-jvm") // its own application context: see the surefire executions in pom.xml
class AdminAccountSpringTest {

  @Autowired IdentityService identity;
  @Autowired AdminAccount admin;

  @Test
  @DisplayName("no default password: the generated one is logged once and is the only one that works")
  void randomPasswordWhenUnset(CapturedOutput output) {
    var matcher = Pattern.compile("generated a password for user 'admin': (\\S+)").matcher(output.getAll());
    assertThat(matcher.find()).as("the generated password is logged").isTrue();
    String generated = matcher.group(1);

    assertThat(generated).hasSizeGreaterThanOrEqualTo(16);
    assertThat(identity.checkPassword("admin", generated)).isTrue();
    assertThat(identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).userId("admin").count()).isEqualTo(1);
    assertThat(output.getAll()).contains("Change it in Admin");

    // a later start neither regenerates nor logs it again
    assertThat(admin.ensure()).isEmpty();
    assertThat(identity.checkPassword("admin", generated)).isTrue();
    assertThat(matcher.find()).isFalse();
    // wrong passwords last: each one locks the user for a few seconds (login throttling)
    assertThat(identity.checkPassword("admin", "admin")).isFalse();
    assertThat(identity.checkPassword("admin", "")).isFalse();
  }
}
