package stormscape.delivery.handlers;

import stormscape.delivery.generated.api.*;
import stormscape.delivery.generated.domain.ShiftCommands;
import stormscape.delivery.generated.domain.ShiftDefaults;
import stormscape.delivery.generated.domain.ShiftEntity;
import stormscape.delivery.generated.runtime.Problems.NotMappedException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Close Shift (POST /shifts/{shiftId}/close)
 *
 * Yours: created once by Stormscape and never overwritten. It starts with the default
 * behaviour; add rules here (`throw defaults.refuseCloseShift(…)` refuses with 409 and publishes ShiftClosingRefused).
 */
@Component
public class CloseShiftHandler implements ShiftCommands.CloseShiftCommand {
  private final ShiftDefaults defaults;

  public CloseShiftHandler(ShiftDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public ShiftEntity handle(String shiftId, CloseShiftRequest body) {
    return defaults.closeShift(shiftId, body);
  }
}
