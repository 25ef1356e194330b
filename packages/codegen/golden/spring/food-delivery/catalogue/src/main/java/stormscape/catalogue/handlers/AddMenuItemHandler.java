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
 * Add Menu Item (POST /menu-items)
 *
 * Yours: created once by Stormscape and never overwritten. It starts with the default
 * behaviour; add rules here (`throw defaults.refuseAddMenuItem(…)` refuses with 409).
 */
@Component
public class AddMenuItemHandler implements MenuItemCommands.AddMenuItemCommand {
  private final MenuItemDefaults defaults;

  public AddMenuItemHandler(MenuItemDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public MenuItemEntity handle(AddMenuItemRequest body) {
    return defaults.addMenuItem(body, OPEN);
  }

  private static final MenuItemDefaults.AddMenuItemOpen OPEN = new MenuItemDefaults.AddMenuItemOpen() {
      // TODO(stormscape): map MenuItem.available (the request of Add Menu Item does not carry it).
      @Override
      public Boolean available() {
        throw new NotMappedException("Add Menu Item: MenuItem.available");
      }
  };
}
