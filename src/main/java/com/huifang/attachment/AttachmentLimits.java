package com.huifang.attachment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What a case may keep ({@code huifang.attachments.*}): the largest file (10 MB by default) and the kinds of file
 * by extension (by default every kind {@link FileKind} knows). An extension no kind knows stops the start.
 */
@ConfigurationProperties("huifang.attachments")
record AttachmentLimits(DataSize maxFileSize, List<String> allowedTypes) {

  AttachmentLimits {
    maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
    List<String> types = new ArrayList<>();
    if (allowedTypes == null || allowedTypes.isEmpty()) {
      for (FileKind kind : FileKind.values()) {
        types.addAll(kind.extensions());
      }
    } else {
      for (String type : allowedTypes) {
        String extension = type.trim().toLowerCase(Locale.ROOT).replaceFirst("^\\.", "");
        if (FileKind.ofName("x." + extension).isEmpty()) {
          throw new IllegalArgumentException("huifang.attachments.allowed-types: unknown file type " + type);
        }
        types.add(extension);
      }
    }
    allowedTypes = List.copyOf(types);
  }

  boolean allows(String extension) {
    return allowedTypes.contains(extension);
  }

  /** The allowed types as staff read them, e.g. "jpg、jpeg、png". */
  String allowedText() {
    return String.join("、", allowedTypes);
  }

  /** The largest file, as staff read it, e.g. "10MB". */
  String maxText() {
    long bytes = maxFileSize.toBytes();
    if (bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + "MB";
    }
    return bytes % 1024 == 0 ? bytes / 1024 + "KB" : bytes + "字节";
  }
}
