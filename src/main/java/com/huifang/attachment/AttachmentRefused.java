package com.huifang.attachment;

/** Why an attachment request was refused, in the words staff read; the controller turns the reason into a status. */
final class AttachmentRefused extends RuntimeException {

  enum Reason {
    /** The case does not exist, or the caller may not know that it does. */
    NO_CASE,
    /** The caller may read the case but not add to it. */
    FORBIDDEN,
    /** Something the caller sent is wrong (no file, an empty one, a too long name, a task of another case). */
    INVALID,
    TOO_LARGE,
    /** A type the case does not keep, or content that is not what the file's name says. */
    UNSUPPORTED_TYPE
  }

  private final Reason reason;

  AttachmentRefused(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  Reason reason() {
    return reason;
  }
}
