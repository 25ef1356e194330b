package stormscape.delivery.handlers;

import stormscape.delivery.generated.api.*;
import stormscape.delivery.generated.domain.DeliveryCommands;
import stormscape.delivery.generated.domain.DeliveryDefaults;
import stormscape.delivery.generated.domain.DeliveryEntity;
import stormscape.delivery.generated.runtime.Problems.NotMappedException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Decline Delivery Job (POST /deliveries/{deliveryId}/decline-job)
 *
 * Yours: created once by Stormscape and never overwritten. It starts with the default
 * behaviour; add rules here (`throw defaults.refuseDeclineDeliveryJob(…)` refuses with 409).
 */
@Component
public class DeclineDeliveryJobHandler implements DeliveryCommands.DeclineDeliveryJobCommand {
  private final DeliveryDefaults defaults;

  public DeclineDeliveryJobHandler(DeliveryDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public DeliveryEntity handle(String deliveryId, DeclineDeliveryJobRequest body) {
    return defaults.declineDeliveryJob(deliveryId, body);
  }
}
