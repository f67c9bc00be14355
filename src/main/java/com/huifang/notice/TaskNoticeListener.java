package com.huifang.notice;

import com.huifang.engine.EngineCommand;
import com.huifang.engine.HuifangProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * SPEC C6/C7 "told": a new task is in the person's Tasklist, and with SMTP configured it is also e-mailed.
 *
 * <p>Wire it as the last {@code create} listener of a user task:
 * {@code <camunda:taskListener delegateExpression="${taskNoticeListener}" event="create" />}. It mails the
 * assignee, or when there is none every candidate user and every member of each candidate group who has an
 * e-mail address; each address gets one mail.
 *
 * <p>The mail is composed inside the engine transaction and sent only after it commits, so a task that is
 * rolled back sends nothing. A mail that cannot be sent is logged as a warning and never fails the task or
 * the job. Without {@code spring.mail.host} there is no {@link JavaMailSender} and the listener does nothing.
 */
@Component("taskNoticeListener")
public class TaskNoticeListener implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(TaskNoticeListener.class);

  /** The case variables the mail shows (names as in Complaint.Vars and OwnerRevisit.Vars). */
  static final String CASE_NUMBER = "caseNumber";
  static final String OWNER_NAME = "ownerName";
  static final String UNIT = "unit";
  static final String SEVERITY_LABEL = "severityLabel";

  private final JavaMailSender mailSender;
  private final ZoneId zone;
  private final String from;
  private final String publicUrl;
  private final String webappPath;

  @Autowired
  TaskNoticeListener(ObjectProvider<JavaMailSender> mailSender, HuifangProperties properties,
      MailNoticeProperties mail, @Value("${huifang.public-url:http://localhost:8080}") String publicUrl,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    this(mailSender.getIfAvailable(), properties.zone(), mail.from(), publicUrl, webappPath);
  }

  /**
   * @param mailSender null: notices are off
   * @param publicUrl how staff reach the application, e.g. {@code https://huifang.example.com}
   * @param webappPath the Camunda webapps' path, {@code /camunda}
   */
  public TaskNoticeListener(JavaMailSender mailSender, ZoneId zone, String from, String publicUrl, String webappPath) {
    this.mailSender = mailSender;
    this.zone = zone;
    this.from = from;
    this.publicUrl = trimTrailingSlashes(publicUrl);
    this.webappPath = trimTrailingSlashes(webappPath);
  }

  /** A listener that sends nothing, for plain-engine tests of a model that is wired with it. */
  public static TaskNoticeListener off() {
    return new TaskNoticeListener(null, ZoneId.of("Asia/Shanghai"), MailNoticeProperties.DEFAULT_FROM,
        "http://localhost:8080", "/camunda");
  }

  public boolean isOn() {
    return mailSender != null;
  }

  @EventListener(ApplicationReadyEvent.class)
  void logStatus() {
    if (!isOn()) {
      LOG.info("E-mail notices are off: set spring.mail.host (and spring.mail.username/password) to send them");
      return;
    }
    String server = mailSender instanceof JavaMailSenderImpl impl
        ? impl.getHost() + (impl.getPort() > 0 ? ":" + impl.getPort() : "")
        : mailSender.getClass().getSimpleName();
    LOG.info("E-mail notices are on: new tasks are e-mailed through {} from {}", server, from);
  }

  @Override
  public void notify(DelegateTask task) {
    if (!isOn() || !EVENTNAME_CREATE.equals(task.getEventName())) {
      return;
    }
    try {
      TaskNotice notice = compose(task);
      List<InternetAddress> recipients = recipients(task);
      if (recipients.isEmpty()) {
        LOG.debug("Task {} ({}) has no assignee or group member with an e-mail address", task.getId(), task.getName());
        return;
      }
      EngineCommand.afterCommit(() -> send(notice, recipients));
    } catch (RuntimeException e) {
      LOG.warn("Could not prepare the e-mail notice of task {} ({}): {}", task.getId(), task.getName(), e.toString());
    }
  }

  TaskNotice compose(DelegateTask task) {
    String caseNumber = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    if (caseNumber == null || caseNumber.isBlank()) {
      caseNumber = text(task, CASE_NUMBER);
    }
    return new TaskNotice(task.getId(), task.getName(), caseNumber, text(task, OWNER_NAME), text(task, UNIT),
        text(task, SEVERITY_LABEL), task.getDueDate(), tasklistUrl(task));
  }

  private String tasklistUrl(DelegateTask task) {
    String engine = task.getProcessEngine() == null ? "default" : task.getProcessEngine().getName();
    return publicUrl + webappPath + "/app/tasklist/" + URLEncoder.encode(engine, StandardCharsets.UTF_8)
        + "/#/?task=" + task.getId();
  }

  /** A variable as text, or null when it is absent or cannot be read. */
  private static String text(DelegateTask task, String name) {
    try {
      Object value = task.getVariable(name);
      if (value == null) {
        return null;
      }
      String text = value.toString();
      return text.isBlank() ? null : text.strip();
    } catch (RuntimeException e) {
      LOG.debug("Task {}: variable '{}' not readable for the notice: {}", task.getId(), name, e.toString());
      return null;
    }
  }

  /**
   * The assignee, or else the candidate users and groups' members; only those of the task's office, with an e-mail,
   * one entry per address.
   */
  private List<InternetAddress> recipients(DelegateTask task) {
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    // the user who completed the previous task may not read the other users: look them up as the engine, also
    // if authorizationEnabledForCustomCode is ever turned on (by default listeners run without authorization checks)
    return EngineCommand.withoutAuthorizationChecks(() -> lookUp(task, identity));
  }

  private static List<InternetAddress> lookUp(DelegateTask task, IdentityService identity) {
    List<User> users = new ArrayList<>();
    if (task.getAssignee() != null) {
      users.addAll(identity.createUserQuery().userId(task.getAssignee()).list());
    } else {
      for (IdentityLink candidate : task.getCandidates()) {
        if (!IdentityLinkType.CANDIDATE.equals(candidate.getType())) {
          continue;
        }
        if (candidate.getUserId() != null) {
          users.addAll(identity.createUserQuery().userId(candidate.getUserId()).list());
        }
        if (candidate.getGroupId() != null) {
          users.addAll(identity.createUserQuery().memberOfGroup(candidate.getGroupId()).list());
        }
      }
    }
    Map<String, InternetAddress> byAddress = new LinkedHashMap<>();
    for (User user : users) {
      if (!ofTasksOffice(task, user, identity)) {
        continue;
      }
      String email = user.getEmail();
      if (email == null || email.isBlank() || byAddress.containsKey(email.strip().toLowerCase(Locale.ROOT))) {
        continue;
      }
      try {
        byAddress.put(email.strip().toLowerCase(Locale.ROOT), address(email.strip(), displayName(user)));
      } catch (AddressException | UnsupportedEncodingException e) {
        LOG.warn("User {} has an e-mail address that is not valid: {}", user.getId(), e.getMessage());
      }
    }
    return new ArrayList<>(byAddress.values());
  }

  /**
   * Issue 27: a task of a management office (its tenant) is told only to members of that office, directly or
   * through a group (the company roles): a group's members in another office cannot open it.
   */
  private static boolean ofTasksOffice(DelegateTask task, User user, IdentityService identity) {
    return task.getTenantId() == null || identity.createTenantQuery().tenantId(task.getTenantId())
        .userMember(user.getId()).includingGroupsOfUser(true).count() > 0;
  }

  private static InternetAddress address(String email, String name) throws AddressException, UnsupportedEncodingException {
    InternetAddress address = new InternetAddress(email, true);
    if (name != null) {
      address.setPersonal(name, StandardCharsets.UTF_8.name());
    }
    return address;
  }

  private static String displayName(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? null : name;
  }

  /** After the commit: one mail per address, over one connection. Never throws. */
  void send(TaskNotice notice, List<InternetAddress> recipients) {
    try {
      MimeMessage[] messages = new MimeMessage[recipients.size()];
      for (int i = 0; i < messages.length; i++) {
        messages[i] = message(notice, recipients.get(i));
      }
      mailSender.send(messages);
      LOG.debug("E-mailed the notice of task {} to {} recipient(s)", notice.taskId(), messages.length);
    } catch (MessagingException | RuntimeException e) { // MailException included
      LOG.warn("Could not e-mail the notice of task {} ({} {}) to {} recipient(s): {}", notice.taskId(),
          notice.taskName(), notice.caseNumber() == null ? "" : notice.caseNumber(), recipients.size(), e.toString());
    }
  }

  private MimeMessage message(TaskNotice notice, InternetAddress to) throws MessagingException {
    MimeMessage message = mailSender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
    helper.setFrom(from);
    helper.setTo(to);
    helper.setSubject(notice.subject());
    helper.setSentDate(new Date());
    helper.setText(notice.body(zone), false);
    return message;
  }

  private static String trimTrailingSlashes(String value) {
    String trimmed = value == null ? "" : value.strip();
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return trimmed;
  }
}
