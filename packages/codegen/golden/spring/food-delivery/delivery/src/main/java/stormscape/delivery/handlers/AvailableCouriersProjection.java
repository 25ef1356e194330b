package stormscape.delivery.handlers;

import stormscape.delivery.generated.domain.Projections;
import stormscape.delivery.generated.runtime.Problems.NotMappedException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the board leaves open in read model AvailableCouriers's projection.
 *
 * Yours: created once by Stormscape and never overwritten. Each value starts as a
 * TODO(stormscape) that throws, so the event is retried and then dead-lettered until you map it.
 */
@Component
public class AvailableCouriersProjection implements Projections.AvailableCouriersProjectionOpen {
  // TODO(stormscape): map AvailableCouriers row key (which row OrderDelivered updates is open: how it finds its row is not recorded).
  @Override
  public String key(Map<String, Object> event) {
    throw new NotMappedException("read model \"Available Couriers\": AvailableCouriers row key");
  }
}
