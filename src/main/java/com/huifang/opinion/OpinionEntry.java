package com.huifang.opinion;

import java.util.Date;

/** One entry of the opinion register as staff recorded it (S4). */
record OpinionEntry(String entryNumber, String officeId, Date receivedAt, String source, String kind, String ownerName,
    String unit, String phone, String content, String actionTaken, String recordedBy, String processInstanceId) {}
