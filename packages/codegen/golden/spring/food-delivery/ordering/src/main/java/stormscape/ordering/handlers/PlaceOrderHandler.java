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
 * Place Order (POST /orders)
 *
 * Yours: created once by Stormscape and never overwritten. It starts with the default
 * behaviour; add rules here (`throw defaults.refusePlaceOrder(…)` refuses with 409).
 */
@Component
public class PlaceOrderHandler implements OrderCommands.PlaceOrderCommand {
  private final OrderDefaults defaults;

  public PlaceOrderHandler(OrderDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public OrderEntity handle(PlaceOrderRequest body) {
    return defaults.placeOrder(body, OPEN);
  }

  private static final OrderDefaults.PlaceOrderOpen OPEN = new OrderDefaults.PlaceOrderOpen() {
      // TODO(stormscape): map Order.customerId (the request of Place Order does not carry it).
      @Override
      public String customerId() {
        throw new NotMappedException("Place Order: Order.customerId");
      }
      // TODO(stormscape): map Order.restaurantId (the request of Place Order does not carry it).
      @Override
      public String restaurantId() {
        throw new NotMappedException("Place Order: Order.restaurantId");
      }
      // TODO(stormscape): map Order.total (the request of Place Order does not carry it).
      @Override
      public Map<String, Object> total() {
        throw new NotMappedException("Place Order: Order.total");
      }
  };
}
