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
 * Register Restaurant (POST /restaurants)
 *
 * Yours: created once by Stormscape and never overwritten. It starts with the default
 * behaviour; add rules here (`throw defaults.refuseRegisterRestaurant(…)` refuses with 409).
 */
@Component
public class RegisterRestaurantHandler implements RestaurantCommands.RegisterRestaurantCommand {
  private final RestaurantDefaults defaults;

  public RegisterRestaurantHandler(RestaurantDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public RestaurantEntity handle(RegisterRestaurantRequest body) {
    return defaults.registerRestaurant(body);
  }
}
