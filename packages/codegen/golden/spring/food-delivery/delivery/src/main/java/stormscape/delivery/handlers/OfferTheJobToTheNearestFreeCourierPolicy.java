package stormscape.delivery.handlers;

import stormscape.delivery.generated.domain.Policies;
import stormscape.delivery.generated.runtime.Problems.NotMappedException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the board leaves open in policy OfferTheJobToTheNearestFreeCourier.
 *
 * Yours: created once by Stormscape and never overwritten. Each value starts as a
 * TODO(stormscape) that throws, so the event is retried and then dead-lettered until you map it.
 */
@Component
public class OfferTheJobToTheNearestFreeCourierPolicy implements Policies.OfferTheJobToTheNearestFreeCourierPolicyOpen {
  // TODO(stormscape): map offerDeliveryJob.courierId (the board leaves it unmapped).
  @Override
  public String offerDeliveryJobCourierId(Map<String, Object> event) {
    throw new NotMappedException("policy \"Offer the job to the nearest free courier\": offerDeliveryJob.courierId");
  }
}
