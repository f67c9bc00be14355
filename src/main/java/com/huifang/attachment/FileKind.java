package com.huifang.attachment;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The kinds of file a case may keep (issue 18: photos and letters), each known by its name's extension and checked by
 * its content: a file whose first bytes are not what its name says (a web page renamed .jpg) is refused. The kind
 * decides the content type a download is served with, never the uploader's browser.
 */
enum FileKind {
  JPEG("JPG图片", "image/jpeg", List.of("jpg", "jpeg"), bytes -> startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)),
  PNG("PNG图片", "image/png", List.of("png"), bytes -> startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)),
  GIF("GIF图片", "image/gif", List.of("gif"), bytes -> ascii(bytes, 0, "GIF87a") || ascii(bytes, 0, "GIF89a")),
  WEBP("WEBP图片", "image/webp", List.of("webp"), bytes -> ascii(bytes, 0, "RIFF") && ascii(bytes, 8, "WEBP")),
  HEIC("HEIC图片", "image/heic", List.of("heic", "heif"), FileKind::isHeif),
  PDF("PDF文件", "application/pdf", List.of("pdf"), bytes -> ascii(bytes, 0, "%PDF-")),
  DOC("Word文档", "application/msword", List.of("doc"), FileKind::isOle),
  DOCX("Word文档", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"),
      bytes -> ZipNames.anyStartsWith(bytes, "word/")),
  XLS("Excel表格", "application/vnd.ms-excel", List.of("xls"), FileKind::isOle),
  XLSX("Excel表格", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"),
      bytes -> ZipNames.anyStartsWith(bytes, "xl/")),
  TEXT("文本文件(UTF-8)", "text/plain;charset=UTF-8", List.of("txt"), FileKind::isPlainText);

  private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1");
  /** Markup a browser would run if it ever rendered the file: never in a text file kept with a case. */
  private static final List<String> MARKUP = List.of("<html", "<script", "<!doctype", "<svg", "<body", "<iframe",
      "<?xml", "<head", "<img", "<object", "<embed");

  private final String label;
  private final String contentType;
  private final List<String> extensions;
  private final Predicate<byte[]> content;

  FileKind(String label, String contentType, List<String> extensions, Predicate<byte[]> content) {
    this.label = label;
    this.contentType = contentType;
    this.extensions = extensions;
    this.content = content;
  }

  /** What staff call it, e.g. "JPG图片". */
  String label() {
    return label;
  }

  /** The content type a download is served with (and kept as the attachment's type). */
  String contentType() {
    return contentType;
  }

  List<String> extensions() {
    return extensions;
  }

  /** Whether the bytes are a file of this kind. */
  boolean matches(byte[] bytes) {
    return content.test(bytes);
  }

  /** The kind a file name's extension names (case-insensitive), if any. */
  static Optional<FileKind> ofName(String fileName) {
    String extension = extension(fileName);
    return Arrays.stream(values()).filter(kind -> kind.extensions.contains(extension)).findFirst();
  }

  /** The kind kept as an attachment's type (its content type). */
  static Optional<FileKind> ofContentType(String contentType) {
    return Arrays.stream(values()).filter(kind -> kind.contentType.equals(contentType)).findFirst();
  }

  /** The extension of a file name, lower case, without the dot; "" when it has none. */
  static String extension(String fileName) {
    int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean startsWith(byte[] bytes, int offset, int... expected) {
    if (bytes.length < offset + expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if ((bytes[offset + i] & 0xFF) != expected[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean ascii(byte[] bytes, int offset, String expected) {
    return startsWith(bytes, offset, expected.chars().toArray());
  }

  /** ISO base media file with an HEIF brand: size, "ftyp", brand. */
  private static boolean isHeif(byte[] bytes) {
    return ascii(bytes, 4, "ftyp") && bytes.length >= 12
        && HEIF_BRANDS.contains(new String(bytes, 8, 4, StandardCharsets.US_ASCII));
  }

  /** The compound file of Word 97–2003 and Excel 97–2003. */
  private static boolean isOle(byte[] bytes) {
    return startsWith(bytes, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
  }

  /** UTF-8 text without control characters (other than tab, line breaks and form feed) and without markup. */
  private static boolean isPlainText(byte[] bytes) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException notUtf8) {
      return false;
    }
    boolean controls = text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f'
        || c == 0x7F);
    if (controls) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return MARKUP.stream().noneMatch(lower::contains);
  }
}
