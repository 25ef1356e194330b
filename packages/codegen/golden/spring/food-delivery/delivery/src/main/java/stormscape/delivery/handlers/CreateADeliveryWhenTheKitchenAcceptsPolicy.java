package stormscape.delivery.handlers;

import stormscape.delivery.generated.domain.Policies;
import stormscape.delivery.generated.runtime.Problems.NotMappedException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the board leaves open in policy CreateADeliveryWhenTheKitchenAccepts.
 *
 * Yours: created once by Stormscape and never overwritten. Each value starts as a
 * TODO(stormscape) that throws, so the event is retried and then dead-lettered until you map it.
 */
@Component
public class CreateADeliveryWhenTheKitchenAcceptsPolicy implements Policies.CreateADeliveryWhenTheKitchenAcceptsPolicyOpen {
  // TODO(stormscape): map createDelivery.pickupAddress (the board leaves it unmapped).
  @Override
  public String createDeliveryPickupAddress(Map<String, Object> event) {
    throw new NotMappedException("policy \"Create a delivery when the kitchen accepts\": createDelivery.pickupAddress");
  }
  // TODO(stormscape): map createDelivery.dropoffAddress (the board leaves it unmapped).
  @Override
  public String createDeliveryDropoffAddress(Map<String, Object> event) {
    throw new NotMappedException("policy \"Create a delivery when the kitchen accepts\": createDelivery.dropoffAddress");
  }
}
