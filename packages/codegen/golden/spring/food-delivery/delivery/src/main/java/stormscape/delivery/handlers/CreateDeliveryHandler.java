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
 * Create Delivery (POST /deliveries)
 *
 * Yours: created once by Stormscape and never overwritten. It starts with the default
 * behaviour; add rules here (`throw defaults.refuseCreateDelivery(…)` refuses with 409).
 */
@Component
public class CreateDeliveryHandler implements DeliveryCommands.CreateDeliveryCommand {
  private final DeliveryDefaults defaults;

  public CreateDeliveryHandler(DeliveryDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public DeliveryEntity handle(CreateDeliveryRequest body) {
    return defaults.createDelivery(body);
  }
}
