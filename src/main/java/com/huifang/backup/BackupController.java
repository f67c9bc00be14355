package com.huifang.backup;

import com.huifang.web.ApiCaller;
import com.huifang.web.ApiException;
import java.net.URI;
import java.util.List;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Backups of the embedded database over HTTP, for administrators (camunda-admin) only. */
@RestController
@RequestMapping("/api/admin/backups")
class BackupController {

  private static final String ADMINS_ONLY = "只有系统管理员可以备份和下载数据库";

  private final EmbeddedBackup backups;
  private final ApiCaller caller;

  BackupController(EmbeddedBackup backups, ApiCaller caller) {
    this.backups = backups;
    this.caller = caller;
  }

  @GetMapping
  List<EmbeddedBackup.Backup> list() {
    requireAdminOnH2();
    return backups.list();
  }

  @PostMapping
  ResponseEntity<EmbeddedBackup.Backup> take() {
    requireAdminOnH2();
    EmbeddedBackup.Backup taken = backups.take();
    return ResponseEntity.created(URI.create("/api/admin/backups/" + taken.name())).body(taken);
  }

  @GetMapping("/{name}")
  ResponseEntity<Resource> download(@PathVariable String name) {
    requireAdminOnH2();
    var file = backups.file(name).orElseThrow(() -> ApiException.notFound("没有备份 " + name));
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .body(new FileSystemResource(file));
  }

  private void requireAdminOnH2() {
    caller.requireAnyGroup(List.of(), ADMINS_ONLY);
    if (!backups.available()) {
      throw new ApiException(HttpStatus.NOT_FOUND, "本系统使用 PostgreSQL 数据库,请用 pg_dump 备份(见说明文档“Running in production”)");
    }
  }
}
