package stormscape.delivery.handlers;

import stormscape.delivery.generated.domain.Projections;
import stormscape.delivery.generated.runtime.Problems.NotMappedException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the board leaves open in read model DeliveryTracking's projection.
 *
 * Yours: created once by Stormscape and never overwritten. Each value starts as a
 * TODO(stormscape) that throws, so the event is retried and then dead-lettered until you map it.
 */
@Component
public class DeliveryTrackingProjection implements Projections.DeliveryTrackingProjectionOpen {
  // TODO(stormscape): map DeliveryTracking row key (which row RouteCalculated updates is open: how it finds its row is not recorded).
  @Override
  public String key(Map<String, Object> event) {
    throw new NotMappedException("read model \"Delivery Tracking\": DeliveryTracking row key");
  }
  // TODO(stormscape): map DeliveryTracking.status (a new row needs it and RouteCalculated does not carry it).
  @Override
  public String status(Map<String, Object> event) {
    throw new NotMappedException("read model \"Delivery Tracking\": DeliveryTracking.status");
  }
}
