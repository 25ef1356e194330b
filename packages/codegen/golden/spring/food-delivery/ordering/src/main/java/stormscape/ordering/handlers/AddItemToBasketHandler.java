package stormscape.ordering.handlers;

import stormscape.ordering.generated.api.*;
import stormscape.ordering.generated.domain.BasketCommands;
import stormscape.ordering.generated.domain.BasketDefaults;
import stormscape.ordering.generated.domain.BasketEntity;
import stormscape.ordering.generated.runtime.Problems.NotMappedException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Add Item To Basket (POST /baskets)
 *
 * Yours: created once by Stormscape and never overwritten. It starts with the default
 * behaviour; add rules here (`throw defaults.refuseAddItemToBasket(…)` refuses with 409).
 */
@Component
public class AddItemToBasketHandler implements BasketCommands.AddItemToBasketCommand {
  private final BasketDefaults defaults;

  public AddItemToBasketHandler(BasketDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public BasketEntity handle(AddItemToBasketRequest body) {
    return defaults.addItemToBasket(body, OPEN);
  }

  private static final BasketDefaults.AddItemToBasketOpen OPEN = new BasketDefaults.AddItemToBasketOpen() {
      // TODO(stormscape): map Basket.restaurantId (the request of Add Item To Basket does not carry it).
      @Override
      public String restaurantId() {
        throw new NotMappedException("Add Item To Basket: Basket.restaurantId");
      }
  };
}
