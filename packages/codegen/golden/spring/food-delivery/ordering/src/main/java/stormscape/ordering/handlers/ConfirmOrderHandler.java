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
 * Confirm Order (POST /orders/{orderId}/confirm)
 *
 * Yours: created once by Stormscape and never overwritten. It starts with the default
 * behaviour; add rules here (`throw defaults.refuseConfirmOrder(…)` refuses with 409).
 */
@Component
public class ConfirmOrderHandler implements OrderCommands.ConfirmOrderCommand {
  private final OrderDefaults defaults;

  public ConfirmOrderHandler(OrderDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public OrderEntity handle(String orderId, ConfirmOrderRequest body) {
    return defaults.confirmOrder(orderId, body);
  }
}
