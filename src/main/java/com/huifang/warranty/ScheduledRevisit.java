package com.huifang.warranty;

import java.util.Date;
import java.util.Objects;

/**
 * One revisit of the warranty schedule (W2–W5): its kind, when it is due and what it is about. Stored
 * as JSON in the {@code revisitSchedule} list; the scheduled-revisit timer reads {@code ${revisit.due}}.
 * A bean with getters and setters, because both JUEL and Jackson read it that way.
 */
public class ScheduledRevisit {

  private String kind;
  private String kindLabel;
  private Date due;
  private String subject;
  private String dateText;

  public ScheduledRevisit() {}

  public ScheduledRevisit(RevisitKind kind, Date due, String subject, String dateText) {
    this.kind = kind.code();
    this.kindLabel = kind.label();
    this.due = due;
    this.subject = subject;
    this.dateText = dateText;
  }

  /** The day it is due as staff read it, and where it was moved from a day the office is closed, from when. */
  public String getDateText() {
    return dateText;
  }

  public void setDateText(String dateText) {
    this.dateText = dateText;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getKindLabel() {
    return kindLabel;
  }

  public void setKindLabel(String kindLabel) {
    this.kindLabel = kindLabel;
  }

  public Date getDue() {
    return due;
  }

  public void setDue(Date due) {
    this.due = due;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScheduledRevisit r && Objects.equals(kind, r.kind) && Objects.equals(due, r.due);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, due);
  }

  @Override
  public String toString() {
    return kind + "@" + (due == null ? null : due.toInstant());
  }
}
