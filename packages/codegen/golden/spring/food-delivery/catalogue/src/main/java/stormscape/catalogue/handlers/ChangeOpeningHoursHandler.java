package stormscape.catalogue.handlers;

import stormscape.catalogue.generated.api.*;
import stormscape.catalogue.generated.domain.RestaurantCommands;
import stormscape.catalogue.generated.domain.RestaurantDefaults;
import stormscape.catalogue.generated.domain.RestaurantEntity;
import stormscape.catalogue.generated.runtime.Problems.NotMappedException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Change Opening Hours (POST /restaurants/{restaurantId}/change-opening-hours)
 *
 * Yours: created once by Stormscape and never overwritten. It starts with the default
 * behaviour; add rules here (`throw defaults.refuseChangeOpeningHours(…)` refuses with 409).
 */
@Component
public class ChangeOpeningHoursHandler implements RestaurantCommands.ChangeOpeningHoursCommand {
  private final RestaurantDefaults defaults;

  public ChangeOpeningHoursHandler(RestaurantDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public RestaurantEntity handle(String restaurantId, ChangeOpeningHoursRequest body) {
    return defaults.changeOpeningHours(restaurantId, body);
  }
}
