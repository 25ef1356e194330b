package stormscape.delivery.handlers;

import stormscape.delivery.generated.api.*;
import stormscape.delivery.generated.domain.CourierShiftCommands;
import stormscape.delivery.generated.domain.CourierShiftDefaults;
import stormscape.delivery.generated.domain.CourierShiftEntity;
import stormscape.delivery.generated.runtime.Problems.NotMappedException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Close Shift (POST /courier-shifts/{courierShiftId}/close)
 *
 * Yours: created once by Stormscape and never overwritten. It starts with the default
 * behaviour; add rules here (`throw defaults.refuseCloseShift(…)` refuses with 409 and publishes ShiftClosingRefused).
 */
@Component
public class CloseShiftHandler implements CourierShiftCommands.CloseShiftCommand {
  private final CourierShiftDefaults defaults;

  public CloseShiftHandler(CourierShiftDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public CourierShiftEntity handle(String courierShiftId, CloseShiftRequest body) {
    return defaults.closeShift(courierShiftId, body);
  }
}
