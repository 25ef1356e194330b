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
 * Confirm Collection (POST /deliveries/{deliveryId}/confirm-collection)
 *
 * Yours: created once by Stormscape and never overwritten. It starts with the default
 * behaviour; add rules here (`throw defaults.refuseConfirmCollection(…)` refuses with 409).
 */
@Component
public class ConfirmCollectionHandler implements DeliveryCommands.ConfirmCollectionCommand {
  private final DeliveryDefaults defaults;

  public ConfirmCollectionHandler(DeliveryDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public DeliveryEntity handle(String deliveryId, ConfirmCollectionRequest body) {
    return defaults.confirmCollection(deliveryId, body);
  }
}
