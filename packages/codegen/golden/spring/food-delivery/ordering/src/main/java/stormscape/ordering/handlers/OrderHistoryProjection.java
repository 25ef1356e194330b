package stormscape.ordering.handlers;

import stormscape.ordering.generated.domain.Projections;
import stormscape.ordering.generated.runtime.Problems.NotMappedException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the board leaves open in read model OrderHistory's projection.
 *
 * Yours: created once by Stormscape and never overwritten. Each value starts as a
 * TODO(stormscape) that throws, so the event is retried and then dead-lettered until you map it.
 */
@Component
public class OrderHistoryProjection implements Projections.OrderHistoryProjectionOpen {
  // TODO(stormscape): map OrderHistory row key (which row OrderConfirmed, OrderRejected, OrderCancelled, OrderCompleted update is open: how it finds its row is not recorded).
  @Override
  public String key(Map<String, Object> event) {
    throw new NotMappedException("read model \"Order History\": OrderHistory row key");
  }
}
