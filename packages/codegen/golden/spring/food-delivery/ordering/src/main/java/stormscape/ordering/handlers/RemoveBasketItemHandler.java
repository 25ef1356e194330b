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
 * Remove Basket Item (POST /baskets/{basketId}/remove-item)
 *
 * Yours: created once by Stormscape and never overwritten. It starts with the default
 * behaviour; add rules here (`throw defaults.refuseRemoveBasketItem(…)` refuses with 409).
 */
@Component
public class RemoveBasketItemHandler implements BasketCommands.RemoveBasketItemCommand {
  private final BasketDefaults defaults;

  public RemoveBasketItemHandler(BasketDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public BasketEntity handle(String basketId, RemoveBasketItemRequest body) {
    return defaults.removeBasketItem(basketId, body, OPEN);
  }

  private static final BasketDefaults.RemoveBasketItemOpen OPEN = new BasketDefaults.RemoveBasketItemOpen() {
      // TODO(stormscape): map BasketItemRemoved.reason (neither the request of Remove Basket Item nor the Basket carries it).
      @Override
      public String reason(Map<String, Object> current) {
        throw new NotMappedException("Remove Basket Item: BasketItemRemoved.reason");
      }
  };
}
