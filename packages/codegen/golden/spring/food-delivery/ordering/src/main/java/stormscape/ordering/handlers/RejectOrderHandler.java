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
 * Reject Order (POST /orders/{orderId}/reject)
 *
 * Yours: created once by Stormscape and never overwritten. It starts with the default
 * behaviour; add rules here (`throw defaults.refuseRejectOrder(…)` refuses with 409).
 */
@Component
public class RejectOrderHandler implements OrderCommands.RejectOrderCommand {
  private final OrderDefaults defaults;

  public RejectOrderHandler(OrderDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public OrderEntity handle(String orderId, RejectOrderRequest body) {
    return defaults.rejectOrder(orderId, body);
  }
}
