package stormscape.catalogue.handlers;

import stormscape.catalogue.generated.api.*;
import stormscape.catalogue.generated.domain.MenuItemCommands;
import stormscape.catalogue.generated.domain.MenuItemDefaults;
import stormscape.catalogue.generated.domain.MenuItemEntity;
import stormscape.catalogue.generated.runtime.Problems.NotMappedException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Change Menu Item Price (POST /menu-items/{menuItemId}/change-price)
 *
 * Yours: created once by Stormscape and never overwritten. It starts with the default
 * behaviour; add rules here (`throw defaults.refuseChangeMenuItemPrice(…)` refuses with 409).
 */
@Component
public class ChangeMenuItemPriceHandler implements MenuItemCommands.ChangeMenuItemPriceCommand {
  private final MenuItemDefaults defaults;

  public ChangeMenuItemPriceHandler(MenuItemDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public MenuItemEntity handle(String menuItemId, ChangeMenuItemPriceRequest body) {
    return defaults.changeMenuItemPrice(menuItemId, body, OPEN);
  }

  private static final MenuItemDefaults.ChangeMenuItemPriceOpen OPEN = new MenuItemDefaults.ChangeMenuItemPriceOpen() {
      // TODO(stormscape): map MenuItemPriceChanged.oldPrice (neither the request of Change Menu Item Price nor the MenuItem carries it).
      @Override
      public Map<String, Object> oldPrice(Map<String, Object> current) {
        throw new NotMappedException("Change Menu Item Price: MenuItemPriceChanged.oldPrice");
      }
  };
}
