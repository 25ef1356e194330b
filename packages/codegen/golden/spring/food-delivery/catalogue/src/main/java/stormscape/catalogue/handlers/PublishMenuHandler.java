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
 * Publish Menu (POST /restaurants/{restaurantId}/publish-menu)
 *
 * Yours: created once by Stormscape and never overwritten. It starts with the default
 * behaviour; add rules here (`throw defaults.refusePublishMenu(…)` refuses with 409).
 */
@Component
public class PublishMenuHandler implements RestaurantCommands.PublishMenuCommand {
  private final RestaurantDefaults defaults;

  public PublishMenuHandler(RestaurantDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public RestaurantEntity handle(String restaurantId, PublishMenuRequest body) {
    return defaults.publishMenu(restaurantId, body);
  }
}
