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
 * Open Shift (POST /shifts)
 *
 * Yours: created once by Stormscape and never overwritten. It starts with the default
 * behaviour; add rules here (`throw defaults.refuseOpenShift(…)` refuses with 409 and publishes ShiftOpeningRefused).
 */
@Component
public class OpenShiftHandler implements ShiftCommands.OpenShiftCommand {
  private final ShiftDefaults defaults;

  public OpenShiftHandler(ShiftDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public ShiftEntity handle(OpenShiftRequest body) {
    return defaults.openShift(body);
  }
}
