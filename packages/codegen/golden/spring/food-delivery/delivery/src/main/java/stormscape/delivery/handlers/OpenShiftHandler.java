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
 * Open Shift (POST /courier-shifts)
 *
 * Yours: created once by Stormscape and never overwritten. It starts with the default
 * behaviour; add rules here (`throw defaults.refuseOpenShift(…)` refuses with 409 and publishes ShiftOpeningRefused).
 */
@Component
public class OpenShiftHandler implements CourierShiftCommands.OpenShiftCommand {
  private final CourierShiftDefaults defaults;

  public OpenShiftHandler(CourierShiftDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public CourierShiftEntity handle(OpenShiftRequest body) {
    return defaults.openShift(body, OPEN);
  }

  private static final CourierShiftDefaults.OpenShiftOpen OPEN = new CourierShiftDefaults.OpenShiftOpen() {
      // TODO(stormscape): map CourierShift.shiftId (the request of Open Shift does not carry it).
      @Override
      public String shiftId() {
        throw new NotMappedException("Open Shift: CourierShift.shiftId");
      }
  };
}
