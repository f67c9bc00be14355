package com.huifang;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.huifang.engine.CaseNumberService;
import java.util.concurrent.atomic.AtomicInteger;

/** Case numbers for the plain-engine process tests: PREFIX-day-0001, -0002, … in the order they are drawn. */
public final class TestCaseNumbers {

  private TestCaseNumbers() {}

  public static CaseNumberService sequential(String day) {
    AtomicInteger numbers = new AtomicInteger();
    CaseNumberService caseNumbers = mock(CaseNumberService.class);
    when(caseNumbers.next(anyString())).thenAnswer(call ->
        "%s-%s-%04d".formatted(call.getArgument(0), day, numbers.incrementAndGet()));
    return caseNumbers;
  }
}
