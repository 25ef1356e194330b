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
 * Offer Delivery Job (POST /deliveries/{deliveryId}/offer-job)
 *
 * Yours: created once by Stormscape and never overwritten. It starts with the default
 * behaviour; add rules here (`throw defaults.refuseOfferDeliveryJob(…)` refuses with 409).
 */
@Component
public class OfferDeliveryJobHandler implements DeliveryCommands.OfferDeliveryJobCommand {
  private final DeliveryDefaults defaults;

  public OfferDeliveryJobHandler(DeliveryDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public DeliveryEntity handle(String deliveryId, OfferDeliveryJobRequest body) {
    return defaults.offerDeliveryJob(deliveryId, body);
  }
}
