package stormscape.ordering.handlers;

import stormscape.ordering.generated.api.*;
import stormscape.ordering.generated.domain.OrderCommands;
import stormscape.ordering.generated.domain.OrderDefaults;
import stormscape.ordering.generated.domain.OrderEntity;
import stormscape.ordering.generated.runtime.Problems.NotMappedException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Cancel Order (POST /orders/{orderId}/cancel)
 *
 * Yours: created once by Stormscape and never overwritten. It starts with the default
 * behaviour; add rules here (`throw defaults.refuseCancelOrder(…)` refuses with 409).
 */
@Component
public class CancelOrderHandler implements OrderCommands.CancelOrderCommand {
  private final OrderDefaults defaults;

  public CancelOrderHandler(OrderDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public OrderEntity handle(String orderId, CancelOrderRequest body) {
    return defaults.cancelOrder(orderId, body, OPEN);
  }

  private static final OrderDefaults.CancelOrderOpen OPEN = new OrderDefaults.CancelOrderOpen() {
      // TODO(stormscape): map OrderCancelled.cancelledBy (neither the request of Cancel Order nor the Order carries it).
      @Override
      public String cancelledBy(Map<String, Object> current) {
        throw new NotMappedException("Cancel Order: OrderCancelled.cancelledBy");
      }
  };
}
