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
 * Complete Order (POST /orders/{orderId}/complete)
 *
 * Yours: created once by Stormscape and never overwritten. It starts with the default
 * behaviour; add rules here (`throw defaults.refuseCompleteOrder(…)` refuses with 409).
 */
@Component
public class CompleteOrderHandler implements OrderCommands.CompleteOrderCommand {
  private final OrderDefaults defaults;

  public CompleteOrderHandler(OrderDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public OrderEntity handle(String orderId, CompleteOrderRequest body) {
    return defaults.completeOrder(orderId, body);
  }
}
