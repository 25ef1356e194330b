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
 * Mark Menu Item Unavailable (POST /menu-items/{menuItemId}/mark-unavailable)
 *
 * Yours: created once by Stormscape and never overwritten. It starts with the default
 * behaviour; add rules here (`throw defaults.refuseMarkMenuItemUnavailable(…)` refuses with 409).
 */
@Component
public class MarkMenuItemUnavailableHandler implements MenuItemCommands.MarkMenuItemUnavailableCommand {
  private final MenuItemDefaults defaults;

  public MarkMenuItemUnavailableHandler(MenuItemDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public MenuItemEntity handle(String menuItemId, MarkMenuItemUnavailableRequest body) {
    return defaults.markMenuItemUnavailable(menuItemId, body);
  }
}
