package stormscape.ordering.handlers;

import stormscape.ordering.generated.domain.Policies;
import stormscape.ordering.generated.runtime.Problems.NotMappedException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the board leaves open in policy DropUnavailableItemsFromOpenBaskets.
 *
 * Yours: created once by Stormscape and never overwritten. Each value starts as a
 * TODO(stormscape) that throws, so the event is retried and then dead-lettered until you map it.
 */
@Component
public class DropUnavailableItemsFromOpenBasketsPolicy implements Policies.DropUnavailableItemsFromOpenBasketsPolicyOpen {
  // TODO(stormscape): map removeBasketItem.basketId (the board leaves it unmapped).
  @Override
  public String removeBasketItemBasketId(Map<String, Object> event) {
    throw new NotMappedException("policy \"Drop unavailable items from open baskets\": removeBasketItem.basketId");
  }
}
