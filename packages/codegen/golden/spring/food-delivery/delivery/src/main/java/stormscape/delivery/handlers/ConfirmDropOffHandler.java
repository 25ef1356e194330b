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
 * Confirm Drop-off (POST /deliveries/{deliveryId}/confirm-drop-off)
 *
 * Yours: created once by Stormscape and never overwritten. It starts with the default
 * behaviour; add rules here (`throw defaults.refuseConfirmDropOff(…)` refuses with 409).
 */
@Component
public class ConfirmDropOffHandler implements DeliveryCommands.ConfirmDropOffCommand {
  private final DeliveryDefaults defaults;

  public ConfirmDropOffHandler(DeliveryDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public DeliveryEntity handle(String deliveryId, ConfirmDropOffRequest body) {
    return defaults.confirmDropOff(deliveryId, body);
  }
}
