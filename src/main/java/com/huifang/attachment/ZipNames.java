package com.huifang.attachment;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The entry names of a ZIP file (an Office Open XML document is one), read from its central directory without
 * inflating anything, so a crafted archive costs no more than its own size to look at.
 */
final class ZipNames {

  private static final int LOCAL_HEADER = 0x04034b50;
  private static final int END_OF_DIRECTORY = 0x06054b50;
  private static final int DIRECTORY_ENTRY = 0x02014b50;
  private static final int MAX_ENTRIES = 10_000;

  private ZipNames() {}

  /** Whether the bytes are a ZIP file with an entry whose name starts with {@code prefix}. */
  static boolean anyStartsWith(byte[] bytes, String prefix) {
    if (bytes.length < 22) {
      return false;
    }
    ByteBuffer zip = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    if (zip.getInt(0) != LOCAL_HEADER) {
      return false;
    }
    int end = -1;
    for (int at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
      if (zip.getInt(at) == END_OF_DIRECTORY) {
        end = at;
        break;
      }
    }
    if (end < 0) {
      return false;
    }
    int entries = Short.toUnsignedInt(zip.getShort(end + 10));
    long at = Integer.toUnsignedLong(zip.getInt(end + 16));
    for (int i = 0; i < Math.min(entries, MAX_ENTRIES); i++) {
      if (at < 0 || at + 46 > bytes.length || zip.getInt((int) at) != DIRECTORY_ENTRY) {
        return false;
      }
      int nameLength = Short.toUnsignedInt(zip.getShort((int) at + 28));
      int extraLength = Short.toUnsignedInt(zip.getShort((int) at + 30));
      int commentLength = Short.toUnsignedInt(zip.getShort((int) at + 32));
      if (at + 46 + nameLength > bytes.length) {
        return false;
      }
      String name = new String(bytes, (int) at + 46, nameLength, StandardCharsets.UTF_8);
      if (name.startsWith(prefix)) {
        return true;
      }
      at += 46L + nameLength + extraLength + commentLength;
    }
    return false;
  }
}
