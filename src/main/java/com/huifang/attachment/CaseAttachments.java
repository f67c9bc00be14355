package com.huifang.attachment;

import com.huifang.attachment.AttachmentRefused.Reason;
import com.huifang.engine.EngineClock;
import com.huifang.engine.EngineUsers;
import com.huifang.engine.EngineUsers.Caller;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attachments of a case (C21): any case of any process, found by its business key (TS-…, WX-…, BX-…), with the
 * instances it calls under the same key (its revisits). The files are Camunda's attachments, kept in the engine's
 * database (ACT_HI_ATTACHMENT, content in ACT_GE_BYTEARRAY), so history keeps them after the case ends and every node
 * of a cluster reads them.
 *
 * <p>Camunda 7.24 checks neither authorizations nor tenants on attachments (createAttachment,
 * getProcessInstanceAttachments and getAttachmentContent read and write for anyone), so this service is the gate, and
 * the engine's REST resources for task attachments are closed (web/EngineAttachmentsClosed):
 * <ul>
 *   <li>read (list, download): a member of the case's office (tenant) who may read the case as the engine's
 *       authorizations give it: its history (READ_HISTORY), the running instance (READ), one of its open tasks (the
 *       task's candidate or assignee), or a task of it they completed; an administrator; anyone else is told the
 *       case does not exist;</li>
 *   <li>add: a member of the case's office with an open task of the case assigned to them or offered to them or one
 *       of their groups; the file is attached to that task (or the one they name).</li>
 * </ul>
 */
@Service
class CaseAttachments {

  /** A case's attachment as it is listed. */
  record Listed(String id, String name, String description, String type, String kind, Long size, String uploadedBy,
      String uploadedByName, Instant uploadedAt, String taskId, String taskName) {}

  /** A file to download: its name, the content type it is served with, and its bytes. */
  record Content(String name, String contentType, byte[] bytes) {}

  /** A case: its instances (the first is the root), their tenant. */
  private record Case(String businessKey, List<HistoricProcessInstance> instances) {

    Set<String> instanceIds() {
      Set<String> ids = new HashSet<>();
      instances.forEach(instance -> ids.add(instance.getId()));
      return ids;
    }

    String tenantId() {
      return instances.get(0).getTenantId();
    }
  }

  static final int MAX_NAME = 255;
  static final int MAX_DESCRIPTION = 1000;

  private final TaskService tasks;
  private final HistoryService history;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final AttachmentUploads uploads;
  private final AttachmentLimits limits;

  CaseAttachments(TaskService tasks, HistoryService history, RuntimeService runtime, IdentityService identity,
      AttachmentUploads uploads, AttachmentLimits limits) {
    this.tasks = tasks;
    this.history = history;
    this.runtime = runtime;
    this.identity = identity;
    this.uploads = uploads;
    this.limits = limits;
  }

  AttachmentLimits limits() {
    return limits;
  }

  /** A case's attachments, and whether the caller may add one (has an open task of the case). */
  record CaseFiles(List<Listed> attachments, boolean mayAdd) {}

  /** The case's attachments, oldest first; refused as if it did not exist when the caller may not read it. */
  CaseFiles list(Caller caller, String businessKey) {
    Case found = readable(caller, businessKey);
    return new CaseFiles(listed(found), !workableTasks(caller, found).isEmpty());
  }

  private List<Listed> listed(Case found) {
    List<Attachment> attachments = asCompany(() -> {
      List<Attachment> all = new ArrayList<>();
      for (String instanceId : found.instanceIds()) {
        all.addAll(tasks.getProcessInstanceAttachments(instanceId));
      }
      return all;
    });
    Map<String, AttachmentUploads.Upload> rows = uploads.of(attachments.stream().map(Attachment::getId).toList());
    Map<String, String> taskNames = taskNames(attachments.stream().map(Attachment::getTaskId)
        .filter(Objects::nonNull).distinct().toList());
    Map<String, String> names = new HashMap<>();
    return attachments.stream()
        .sorted(Comparator.comparing(Attachment::getCreateTime).thenComparing(Attachment::getId))
        .map(attachment -> {
          AttachmentUploads.Upload row = rows.get(attachment.getId());
          String by = row == null ? null : row.uploadedBy();
          return new Listed(attachment.getId(), attachment.getName(), attachment.getDescription(),
              attachment.getType(), FileKind.ofContentType(attachment.getType()).map(FileKind::label).orElse(null),
              row == null ? null : row.size(), by,
              by == null ? null : names.computeIfAbsent(by, this::displayName),
              attachment.getCreateTime().toInstant(), attachment.getTaskId(),
              attachment.getTaskId() == null ? null : taskNames.get(attachment.getTaskId()));
        }).toList();
  }

  /** One attachment's file; refused as if it did not exist when it is not the case's or the caller may not read it. */
  Content content(Caller caller, String businessKey, String attachmentId) {
    Case found = readable(caller, businessKey);
    return asCompany(() -> {
      Attachment attachment = null;
      for (String instanceId : found.instanceIds()) {
        attachment = tasks.getProcessInstanceAttachments(instanceId).stream()
            .filter(candidate -> candidate.getId().equals(attachmentId)).findFirst().orElse(attachment);
      }
      if (attachment == null) {
        throw new AttachmentRefused(Reason.NO_CASE, "案件" + businessKey + "没有此附件");
      }
      byte[] bytes;
      try (InputStream in = tasks.getAttachmentContent(attachment.getId())) {
        bytes = in == null ? new byte[0] : in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      // a type not kept by this service (an attachment made another way) is served as bytes, never rendered
      String type = FileKind.ofContentType(attachment.getType()).map(FileKind::contentType)
          .orElse("application/octet-stream");
      return new Content(attachment.getName(), type, bytes);
    });
  }

  /**
   * Adds a file to the case at one of the caller's tasks ({@code taskId}, or the first the caller may work on): the
   * file and its row are written together or not at all.
   */
  @Transactional
  Listed add(Caller caller, String businessKey, String taskId, String fileName, String description, byte[] bytes) {
    Case found = readable(caller, businessKey);
    List<Task> workable = workableTasks(caller, found);
    Task task;
    if (taskId != null && !taskId.isBlank()) {
      Optional<Task> named = asCompany(() -> Optional.ofNullable(tasks.createTaskQuery().taskId(taskId.trim())
          .singleResult()));
      if (named.isEmpty() || !found.instanceIds().contains(named.get().getProcessInstanceId())) {
        throw new AttachmentRefused(Reason.INVALID, "任务" + taskId.trim() + "不是案件" + businessKey + "的待办任务");
      }
      task = workable.stream().filter(t -> t.getId().equals(named.get().getId())).findFirst()
          .orElseThrow(() -> new AttachmentRefused(Reason.FORBIDDEN, "任务“" + named.get().getName()
              + "”不是您的待办任务,不能在此添加附件"));
    } else {
      task = workable.stream().findFirst().orElseThrow(() -> new AttachmentRefused(Reason.FORBIDDEN,
          "您没有案件" + businessKey + "的待办任务,不能添加附件"));
    }
    String name = checkedName(fileName);
    String text = description == null || description.isBlank() ? null : description.trim();
    if (text != null && text.length() > MAX_DESCRIPTION) {
      throw new AttachmentRefused(Reason.INVALID, "附件说明过长(最多" + MAX_DESCRIPTION + "字)");
    }
    FileKind kind = checkedKind(name, bytes);
    // as the caller, so that the engine's user operation log names them: Camunda checks nothing on attachments
    Attachment attachment = tasks.createAttachment(kind.contentType(), task.getId(), task.getProcessInstanceId(), name,
        text, new ByteArrayInputStream(bytes));
    Instant now = EngineClock.now();
    uploads.record(new AttachmentUploads.Upload(attachment.getId(), businessKey, caller.userId(), bytes.length), now);
    return new Listed(attachment.getId(), name, text, kind.contentType(), kind.label(), (long) bytes.length,
        caller.userId(), displayName(caller.userId()), attachment.getCreateTime().toInstant(), task.getId(),
        task.getName());
  }

  /**
   * The business key of the case a task belongs to, when the caller may see the task (the engine checks their
   * authorizations and office): what the Tasklist tab starts from.
   */
  String caseOfTask(Caller caller, String taskId) {
    Task task = taskId == null || taskId.isBlank() ? null
        : tasks.createTaskQuery().taskId(taskId.trim()).singleResult();
    String key = task == null || task.getProcessInstanceId() == null ? null : asCompany(() -> {
      HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
          .processInstanceId(task.getProcessInstanceId()).singleResult();
      return instance == null ? null : instance.getBusinessKey();
    });
    if (key == null) {
      throw new AttachmentRefused(Reason.NO_CASE, "未找到任务" + (taskId == null ? "" : taskId.trim()) + "所属的案件");
    }
    return key;
  }

  /** The file's name as it is kept: without a client's path, trimmed, refused when empty or too long. */
  static String checkedName(String fileName) {
    String name = fileName == null ? "" : fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).trim();
    if (name.isEmpty()) {
      throw new AttachmentRefused(Reason.INVALID, "请选择要上传的文件(字段 file,须有文件名)");
    }
    if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7F || c == '"')) {
      throw new AttachmentRefused(Reason.INVALID, "文件名含有不允许的字符(控制字符或双引号)");
    }
    if (name.length() > MAX_NAME) {
      throw new AttachmentRefused(Reason.INVALID, "文件名过长(最多" + MAX_NAME + "个字符)");
    }
    return name;
  }

  /** The kind of the file: its name's type must be allowed and its content that type; refused otherwise. */
  FileKind checkedKind(String name, byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new AttachmentRefused(Reason.INVALID, "文件“" + name + "”是空的");
    }
    if (bytes.length > limits.maxFileSize().toBytes()) {
      throw new AttachmentRefused(Reason.TOO_LARGE, "文件“" + name + "”过大(" + megabytes(bytes.length)
          + "),每个附件最多" + limits.maxText());
    }
    String extension = FileKind.extension(name);
    Optional<FileKind> kind = FileKind.ofName(name).filter(k -> limits.allows(extension));
    if (kind.isEmpty()) {
      throw new AttachmentRefused(Reason.UNSUPPORTED_TYPE, "不支持的文件类型"
          + (extension.isEmpty() ? "(文件名没有扩展名)" : "“." + extension + "”") + ",只可上传:" + limits.allowedText());
    }
    if (!kind.get().matches(bytes)) {
      throw new AttachmentRefused(Reason.UNSUPPORTED_TYPE, "文件“" + name + "”的内容不是" + kind.get().label()
          + ",与扩展名不符(按文件内容检查)");
    }
    return kind.get();
  }

  private static String megabytes(long bytes) {
    return String.format("%.1fMB", bytes / 1024.0 / 1024.0);
  }

  /** The case, when the caller may read it; else refused as not found. */
  private Case readable(Caller caller, String businessKey) {
    String key = businessKey == null ? "" : businessKey.trim();
    Case found = asCompany(() -> {
      List<HistoricProcessInstance> instances = key.isEmpty() ? List.of()
          : history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).list();
      List<HistoricProcessInstance> ordered = new ArrayList<>(instances);
      // the root first: the case's own instance, not the ones it calls
      ordered.sort(Comparator.comparing((HistoricProcessInstance i) -> i.getSuperProcessInstanceId() != null)
          .thenComparing(HistoricProcessInstance::getStartTime));
      return ordered.isEmpty() ? null : new Case(key, ordered);
    });
    if (found == null || !mayRead(caller, found)) {
      throw new AttachmentRefused(Reason.NO_CASE, "未找到案件" + key);
    }
    return found;
  }

  private boolean mayRead(Caller caller, Case found) {
    if (caller.isAdministrator()) {
      return true;
    }
    if (!inOffice(caller, found)) {
      return false;
    }
    List<String> ids = List.copyOf(found.instanceIds());
    // as the caller: the engine applies their authorizations (and tenants)
    if (history.createHistoricProcessInstanceQuery().processInstanceIds(Set.copyOf(ids)).count() > 0
        || runtime.createProcessInstanceQuery().processInstanceIds(Set.copyOf(ids)).count() > 0
        || tasks.createTaskQuery().processInstanceBusinessKey(found.businessKey()).count() > 0) {
      return true;
    }
    return asCompany(() -> history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(found.businessKey())
        .taskAssignee(caller.userId()).count() > 0);
  }

  private static boolean inOffice(Caller caller, Case found) {
    return found.tenantId() == null || caller.tenantIds().contains(found.tenantId());
  }

  /** The case's open tasks assigned to the caller or offered to them or their groups, oldest first. */
  private List<Task> workableTasks(Caller caller, Case found) {
    if (!inOffice(caller, found) && !caller.isAdministrator()) {
      return List.of();
    }
    return asCompany(() -> tasks.createTaskQuery().processInstanceBusinessKey(found.businessKey())
        .orderByTaskCreateTime().asc().list().stream()
        .filter(task -> caller.userId().equals(task.getAssignee()) || offeredTo(caller, task.getId()))
        .toList());
  }

  private boolean offeredTo(Caller caller, String taskId) {
    for (IdentityLink link : tasks.getIdentityLinksForTask(taskId)) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())
          && (caller.userId().equals(link.getUserId()) || caller.groupIds().contains(link.getGroupId()))) {
        return true;
      }
    }
    return false;
  }

  private Map<String, String> taskNames(List<String> taskIds) {
    if (taskIds.isEmpty()) {
      return Map.of();
    }
    return asCompany(() -> {
      Map<String, String> names = new HashMap<>();
      for (String taskId : taskIds) {
        HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        if (task != null) {
          names.put(taskId, task.getName());
        }
      }
      return names;
    });
  }

  private String displayName(String userId) {
    User user = asCompany(() -> identity.createUserQuery().userId(userId).singleResult());
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName())
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? userId : name;
  }

  /** Work done for the company after this service's own checks: the engine checks nothing on attachments anyway. */
  private <T> T asCompany(Supplier<T> work) {
    return EngineUsers.withoutAuthorization(identity, work);
  }
}
