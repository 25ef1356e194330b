package stormscape.ordering.handlers;

import stormscape.ordering.generated.domain.Policies;
import stormscape.ordering.generated.runtime.Problems.NotMappedException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the board leaves open in policy TakePaymentForEveryPlacedOrder.
 *
 * Yours: created once by Stormscape and never overwritten. Each value starts as a
 * TODO(stormscape) that throws, so the event is retried and then dead-lettered until you map it.
 */
@Component
public class TakePaymentForEveryPlacedOrderPolicy implements Policies.TakePaymentForEveryPlacedOrderPolicyOpen {
  // TODO(stormscape): map submitPayment.paymentMethodToken (the board leaves it unmapped).
  @Override
  public String submitPaymentPaymentMethodToken(Map<String, Object> event) {
    throw new NotMappedException("policy \"Take payment for every placed order\": submitPayment.paymentMethodToken");
  }
}
