package com.huifang.opinion;

import com.huifang.engine.FormOptions;
import com.huifang.engine.Variable;
import java.util.Map;

/** The opinion register entry process (processes/opinion-register-entry.bpmn, S4): key, element ids, variables. */
public final class OpinionRegister {

  public static final String KEY = "opinion-register-entry";
  /** Entry numbers: YJ-yyyyMMdd-NNNN (意见). */
  static final String NUMBER_PREFIX = "YJ";
  static final String TITLE = "顾客意见登记表";
  private static final String START_FORM = "forms/opinion-register-entry-start.form";

  /** Where an opinion came from (seed 003 5.1.1, 5.1.4, 5.1.5), as the start form stores it. */
  static final Map<String, String> SOURCES = FormOptions.of(START_FORM, "opinionSource");
  static final Map<String, String> KINDS = FormOptions.of(START_FORM, "opinionKind");

  private OpinionRegister() {}

  public static final class Elements {
    public static final String START = "StartEvent_OpinionReceived";
    public static final String RECORD = "ServiceTask_RecordOpinion";
    public static final String END = "EndEvent_OpinionRecorded";

    private Elements() {}
  }

  static final class Vars {
    static final Variable<String> SOURCE = Variable.of("opinionSource", String.class);
    static final Variable<String> KIND = Variable.of("opinionKind", String.class);
    static final Variable<String> OWNER_NAME = Variable.of("ownerName", String.class);
    static final Variable<String> UNIT = Variable.of("unit", String.class);
    static final Variable<String> OWNER_PHONE = Variable.of("ownerPhone", String.class);
    /** Raw, as the datetime field sends it; read with DateInput. */
    static final String RECEIVED_AT = "receivedAt";
    static final Variable<String> CONTENT = Variable.of("opinionContent", String.class);
    static final Variable<String> ACTION_TAKEN = Variable.of("actionTaken", String.class);
    static final Variable<String> INITIATOR = Variable.of("initiator", String.class);
    static final Variable<String> ENTRY_NUMBER = Variable.of("entryNumber", String.class);
    static final Variable<java.util.Date> RECEIVED = Variable.of("opinionReceivedAt", java.util.Date.class);

    private Vars() {}
  }

}
