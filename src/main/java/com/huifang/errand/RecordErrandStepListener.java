package com.huifang.errand;

import static com.huifang.errand.Errand.Elements.*;
import static com.huifang.errand.Errand.Vars.*;

import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The {@code end} listener of every errand user task: reads what the step's form submitted, hands it to the step's
 * rule in {@link ErrandSteps}, and records what the rule returns (the exact amounts, the settlement). One bean for
 * all steps because every deployed version of the model names it ({@code ${recordErrandStepListener}}).
 */
@Component("recordErrandStepListener")
class RecordErrandStepListener implements ExecutionListener {

  private final Map<String, Consumer<DelegateExecution>> steps;

  RecordErrandStepListener(ErrandSteps rules) {
    steps = Map.ofEntries(
        Map.entry(CALL_OWNER, e -> rules.callOwner(OWNER_REACHED.isTrue(e), Boolean.TRUE.equals(IN_HOSPITAL.get(e)),
            HOSPITAL.text(e))),
        Map.entry(ENTRUSTMENT, e -> rules.entrustment(PAYMENT_METHOD.get(e), DELIVERY_ADDRESS.text(e),
            OWNER_NAME.text(e), UNIT.text(e), OWNER_PHONE.text(e), ENTRUSTMENT_SIGNED.isTrue(e))),
        Map.entry(COLLECT_DEPOSIT, e -> e.setVariable(DEPOSIT.name(),
            Amount.format(rules.deposit(e.getVariable(DEPOSIT.name()), DEPOSIT_RECEIPT.text(e))))),
        Map.entry(INFORM_SUPERVISOR, e -> rules.informSupervisor(SUPERVISOR_ACKNOWLEDGED.isTrue(e))),
        Map.entry(PREPARE_BLESSING, e -> rules.prepareBlessing(BLESSING.text(e), MANAGER_JOINING.text(e))),
        Map.entry(ORDER, e -> {
          ErrandSteps.Order order = rules.order(SUPPLIER.text(e), PURCHASE_VOUCHER.text(e), e.getVariable(COST.name()),
              Boolean.TRUE.equals(INVOICE_REQUESTED.get(e)), INVOICE_NUMBER.text(e),
              DEPOSIT.stored(e.getVariable(DEPOSIT.name())));
          e.setVariable(COST.name(), Amount.format(order.cost()));
          e.setVariable(BALANCE.name(), Amount.format(order.settlement().balance()));
          SETTLEMENT_DIRECTION.set(e, order.settlement().direction().code());
          SETTLEMENT_DIRECTION_LABEL.set(e, order.settlement().direction().label());
          e.setVariable(SETTLEMENT_AMOUNT.name(), Amount.format(order.settlement().amount()));
        }),
        Map.entry(DELIVER, e -> rules.deliver(SIGNED_BY.text(e), RECIPIENT_SIGNED.isTrue(e), WISHES_CONVEYED.isTrue(e),
            Boolean.TRUE.equals(BIRTHDAY.get(e)), Boolean.TRUE.equals(MANAGER_JOINED.get(e)))),
        Map.entry(DELIVER_THROUGH_FAMILY, e -> rules.deliverThroughFamily(FAMILY_MEMBER.text(e), SIGNED_BY.text(e),
            FAMILY_SIGNED.isTrue(e), WISHES_CONVEYED.isTrue(e))),
        Map.entry(URGE_DELIVERY, e -> rules.urgeDelivery(URGE_NOTE.text(e))),
        Map.entry(SETTLE, e -> {
          boolean nothingToMove = rules.settle(OWNER_INFORMED.isTrue(e), SETTLEMENT_DIRECTION.get(e),
              SETTLEMENT_DIRECTION_LABEL.get(e), e.getVariable(SETTLEMENT_AMOUNT.name()), SETTLEMENT_PAID.isTrue(e),
              SETTLEMENT_RECEIPT.text(e));
          if (nothingToMove) {
            SETTLEMENT_PAID.set(e, false);
          }
          SETTLED.set(e, true);
        }),
        Map.entry(OWNER_OPINION, e -> rules.ownerOpinion(SERVICE_RATING.get(e), SERVICE_OPINION.text(e),
            OWNER_SIGNED_OPINION.isTrue(e))),
        Map.entry(ARCHIVE, e -> rules.archive(Boolean.TRUE.equals(SETTLED.get(e)), REGISTERED.isTrue(e),
            ARCHIVE_NUMBER.text(e))));
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // nothing was submitted
    }
    Consumer<DelegateExecution> step = steps.get(execution.getCurrentActivityId());
    if (step == null) {
      throw new IllegalStateException("no rule for errand step " + execution.getCurrentActivityId());
    }
    step.accept(execution);
  }
}
