package com.huifang.attachment;

import com.huifang.web.ApiCaller;
import com.huifang.web.ApiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A case's attachments over HTTP (C21), for any case by its business key: list, download, and upload as
 * {@code multipart/form-data} (field {@code file}, optional {@code description} and {@code taskId}). Who may do what
 * is {@link CaseAttachments}'s; a case the caller may not read is answered 404 like one that does not exist.
 */
@RestController
@RequestMapping("/api/cases/{businessKey}/attachments")
class AttachmentController {

  /** The list, with the limits an upload must keep (for the Tasklist and Cockpit tabs). */
  record Attachments(String businessKey, long maxFileSize, List<String> allowedTypes, boolean mayAdd,
      List<CaseAttachments.Listed> attachments) {}

  private final CaseAttachments attachments;
  private final ApiCaller caller;

  AttachmentController(CaseAttachments attachments, ApiCaller caller) {
    this.attachments = attachments;
    this.caller = caller;
  }

  @GetMapping
  Attachments list(@PathVariable String businessKey) {
    var who = caller.current();
    CaseAttachments.CaseFiles files = refusedAsHttp(() -> attachments.list(who, businessKey));
    return new Attachments(businessKey.trim(), attachments.limits().maxFileSize().toBytes(),
        attachments.limits().allowedTypes(), files.mayAdd(), files.attachments());
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<CaseAttachments.Listed> add(@PathVariable String businessKey,
      @RequestPart(name = "file", required = false) MultipartFile file,
      @RequestParam(required = false) String description, @RequestParam(required = false) String taskId) {
    var who = caller.current();
    if (file == null) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "请选择要上传的文件(字段 file)");
    }
    byte[] bytes;
    try {
      bytes = file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CaseAttachments.Listed added = refusedAsHttp(() -> attachments.add(who, businessKey, taskId,
        file.getOriginalFilename(), description, bytes));
    return ResponseEntity.created(URI.create(UriComponentsBuilder
        .fromPath("/api/cases/{businessKey}/attachments/{id}")
        .buildAndExpand(businessKey.trim(), added.id()).encode().toUriString())).body(added);
  }

  /** The file, always as a download (never shown inline), with the content type its checked kind has. */
  @GetMapping("/{attachmentId}")
  ResponseEntity<byte[]> download(@PathVariable String businessKey, @PathVariable String attachmentId) {
    var who = caller.current();
    CaseAttachments.Content content = refusedAsHttp(() -> attachments.content(who, businessKey, attachmentId));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(content.contentType()))
        .contentLength(content.bytes().length)
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition(content.name()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox; default-src 'none'")
        .cacheControl(CacheControl.noCache().cachePrivate())
        .body(content.bytes());
  }

  /** {@code attachment}, with an ASCII name for old clients and the real one (UTF-8, RFC 5987) for the others. */
  static String disposition(String name) {
    String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static <T> T refusedAsHttp(Supplier<T> work) {
    try {
      return work.get();
    } catch (AttachmentRefused refused) {
      HttpStatus status = switch (refused.reason()) {
        case NO_CASE -> HttpStatus.NOT_FOUND;
        case FORBIDDEN -> HttpStatus.FORBIDDEN;
        case INVALID -> HttpStatus.BAD_REQUEST;
        case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
        case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
      };
      throw new ApiException(status, refused.getMessage());
    }
  }
}
