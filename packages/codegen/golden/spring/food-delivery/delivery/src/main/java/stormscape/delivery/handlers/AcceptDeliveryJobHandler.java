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
 * Accept Delivery Job (POST /deliveries/{deliveryId}/accept-job)
 *
 * Yours: created once by Stormscape and never overwritten. It starts with the default
 * behaviour; add rules here (`throw defaults.refuseAcceptDeliveryJob(…)` refuses with 409).
 */
@Component
public class AcceptDeliveryJobHandler implements DeliveryCommands.AcceptDeliveryJobCommand {
  private final DeliveryDefaults defaults;

  public AcceptDeliveryJobHandler(DeliveryDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public DeliveryEntity handle(String deliveryId, AcceptDeliveryJobRequest body) {
    return defaults.acceptDeliveryJob(deliveryId, body);
  }
}
