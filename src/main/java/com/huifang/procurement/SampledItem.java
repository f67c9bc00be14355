package com.huifang.procurement;

import static com.huifang.procurement.Procurement.Vars.*;

import java.util.LinkedHashMap;
import java.util.Map;

/** Q2/Q3: one sampled purchase as the quarter passes it to its revisit, with the reason it is in the sample. */
record SampledItem(String sampleId, PurchaseRecord purchase, String reason) {

  static SampledItem of(String sampleId, ProcurementSample.Sampled sampled) {
    return new SampledItem(sampleId, sampled.purchase(), sampled.reason());
  }

  /** What the call activity passes on ({@code ${sampleItem.caseNumber}} and so on): the revisit's variable names. */
  Map<String, Object> asMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(SAMPLE_ID.name(), sampleId);
    map.put(PURCHASE_NUMBER.name(), purchase.number());
    map.put(ITEM.name(), purchase.item());
    map.put(CATEGORY_LABEL.name(), purchase.category().label());
    map.put(QUANTITY.name(), purchase.quantity().stripTrailingZeros().toPlainString());
    map.put(UNIT.name(), purchase.unit());
    map.put(UNIT_PRICE.name(), PurchaseRecord.yuan(purchase.unitPrice()));
    map.put(SUPPLIER.name(), purchase.supplier());
    map.put(ISSUER_CONTACT.name(), purchase.issuerContact() == null ? "(未填写)" : purchase.issuerContact());
    map.put(DEPARTMENT.name(), purchase.department());
    map.put(PURCHASED_ON.name(), purchase.purchasedOn().toString());
    map.put(BUYER.name(), purchase.buyer());
    map.put(SAMPLE_REASON.name(), reason);
    map.put(PURCHASE_SUMMARY.name(), purchase.summary());
    return map;
  }
}
