package com.huifang.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** C21: the kinds of file a case keeps, known by name and checked by content; the limits as configured. */
class FileKindTest {

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] zip(String... names) throws IOException {
    var out = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(out)) {
      zip.setComment("注释");
      for (String name : names) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(new byte[1000]);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  @DisplayName("C21 each kind accepts its own signature and refuses another's")
  void signatures() throws IOException {
    byte[] gif = ascii("GIF89a\u0001\u0000");
    byte[] webp = ascii("RIFF\u0000\u0000\u0000\u0000WEBPVP8 ");
    byte[] heic = ascii("\u0000\u0000\u0000\u0018ftypheic\u0000\u0000\u0000\u0000");
    byte[] mp4 = ascii("\u0000\u0000\u0000\u0018ftypisom\u0000\u0000\u0000\u0000");
    byte[] ole = FileKindTest.bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0);
    assertThat(FileKind.GIF.matches(gif)).isTrue();
    assertThat(FileKind.WEBP.matches(webp)).isTrue();
    assertThat(FileKind.WEBP.matches(ascii("RIFF\u0000\u0000\u0000\u0000WAVEfmt "))).isFalse();
    assertThat(FileKind.HEIC.matches(heic)).isTrue();
    assertThat(FileKind.HEIC.matches(mp4)).as("an MP4 video is not a HEIC photo").isFalse();
    assertThat(FileKind.DOC.matches(ole)).isTrue();
    assertThat(FileKind.XLS.matches(ole)).isTrue();
    assertThat(FileKind.PDF.matches(ascii("%PDF-1.7"))).isTrue();
    assertThat(FileKind.JPEG.matches(gif)).isFalse();
    assertThat(FileKind.PNG.matches(new byte[0])).isFalse();
    assertThat(FileKind.DOCX.matches(zip("[Content_Types].xml", "word/document.xml"))).isTrue();
    assertThat(FileKind.XLSX.matches(zip("[Content_Types].xml", "word/document.xml"))).isFalse();
    assertThat(FileKind.XLSX.matches(zip("xl/workbook.xml"))).isTrue();
    assertThat(FileKind.DOCX.matches(ascii("PK\u0003\u0004 broken"))).isFalse();
    assertThat(FileKind.DOCX.matches(ole)).isFalse();
  }

  @Test
  @DisplayName("C21 text is UTF-8 without control characters or markup a browser would run")
  void text() {
    assertThat(FileKind.TEXT.matches("业主来电记录\r\n\t电梯异响 a<b".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(FileKind.TEXT.matches("<SVG onload=alert(1)>".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(FileKind.TEXT.matches("a\u0000b".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(FileKind.TEXT.matches("业主".getBytes(java.nio.charset.Charset.forName("GBK")))).isFalse();
  }

  @Test
  @DisplayName("C21 kinds by name, case-insensitive; the configured types must be known ones")
  void namesAndLimits() {
    assertThat(FileKind.ofName("照片.JPEG")).contains(FileKind.JPEG);
    assertThat(FileKind.ofName("archive.tar.gz")).isEmpty();
    assertThat(FileKind.ofName("README")).isEmpty();
    var limits = new AttachmentLimits(DataSize.ofMegabytes(5), List.of(".PNG", "pdf"));
    assertThat(limits.allowedTypes()).containsExactly("png", "pdf");
    assertThat(limits.maxText()).isEqualTo("5MB");
    assertThat(new AttachmentLimits(null, null).allowedTypes()).contains("jpg", "heic", "docx", "txt");
    assertThatThrownBy(() -> new AttachmentLimits(null, List.of("exe")))
        .hasMessageContaining("unknown file type exe");
  }

  @Test
  @DisplayName("C21 a file's name is kept without the client's path; control characters and quotes are refused")
  void names() {
    assertThat(CaseAttachments.checkedName("C:\\fakepath\\复函.pdf")).isEqualTo("复函.pdf");
    assertThat(CaseAttachments.checkedName("../../etc/passwd.txt")).isEqualTo("passwd.txt");
    assertThatThrownBy(() -> CaseAttachments.checkedName("a\r\nb.txt")).hasMessageContaining("不允许的字符");
    assertThatThrownBy(() -> CaseAttachments.checkedName("x".repeat(252) + ".txt")).hasMessageContaining("文件名过长");
    assertThatThrownBy(() -> CaseAttachments.checkedName("dir/")).hasMessageContaining("请选择要上传的文件");
  }

  static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }
}
