package com.huifang.attachment;

import com.huifang.web.ApiCaller;
import com.huifang.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case a task belongs to ({@code GET /api/tasks/{taskId}/case}): Tasklist knows the task, the attachments API
 * the case's business key, and the engine's task resource does not say it. 404 for a task the caller may not see.
 */
@RestController
class TaskCaseController {

  /** The case of a task: its business key (TS-…, WX-…). */
  record TaskCase(String taskId, String businessKey) {}

  private final CaseAttachments attachments;
  private final ApiCaller caller;

  TaskCaseController(CaseAttachments attachments, ApiCaller caller) {
    this.attachments = attachments;
    this.caller = caller;
  }

  @GetMapping("/api/tasks/{taskId}/case")
  TaskCase caseOfTask(@PathVariable String taskId) {
    var who = caller.current();
    try {
      return new TaskCase(taskId.trim(), attachments.caseOfTask(who, taskId));
    } catch (AttachmentRefused refused) {
      throw new ApiException(HttpStatus.NOT_FOUND, refused.getMessage());
    }
  }
}
