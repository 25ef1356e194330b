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
 * Record Delivery Failure (POST /deliveries/{deliveryId}/record-failure)
 *
 * Yours: created once by Stormscape and never overwritten. It starts with the default
 * behaviour; add rules here (`throw defaults.refuseRecordDeliveryFailure(…)` refuses with 409).
 */
@Component
public class RecordDeliveryFailureHandler implements DeliveryCommands.RecordDeliveryFailureCommand {
  private final DeliveryDefaults defaults;

  public RecordDeliveryFailureHandler(DeliveryDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public DeliveryEntity handle(String deliveryId, RecordDeliveryFailureRequest body) {
    return defaults.recordDeliveryFailure(deliveryId, body);
  }
}
