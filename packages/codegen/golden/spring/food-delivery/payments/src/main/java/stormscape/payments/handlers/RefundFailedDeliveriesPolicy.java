package stormscape.payments.handlers;

import stormscape.payments.generated.domain.Policies;
import stormscape.payments.generated.runtime.Problems.NotMappedException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the board leaves open in policy RefundFailedDeliveries.
 *
 * Yours: created once by Stormscape and never overwritten. Each value starts as a
 * TODO(stormscape) that throws, so the event is retried and then dead-lettered until you map it.
 */
@Component
public class RefundFailedDeliveriesPolicy implements Policies.RefundFailedDeliveriesPolicyOpen {
  // TODO(stormscape): map refundPayment.paymentId (DeliveryFailed carries no paymentId and the board maps none).
  @Override
  public String refundPaymentPaymentId(Map<String, Object> event) {
    throw new NotMappedException("policy \"Refund failed deliveries\": refundPayment.paymentId");
  }
}
