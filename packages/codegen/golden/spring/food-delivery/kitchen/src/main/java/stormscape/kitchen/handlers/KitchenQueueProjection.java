package stormscape.kitchen.handlers;

import stormscape.kitchen.generated.domain.Projections;
import stormscape.kitchen.generated.runtime.Problems.NotMappedException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the board leaves open in read model KitchenQueue's projection.
 *
 * Yours: created once by Stormscape and never overwritten. Each value starts as a
 * TODO(stormscape) that throws, so the event is retried and then dead-lettered until you map it.
 */
@Component
public class KitchenQueueProjection implements Projections.KitchenQueueProjectionOpen {
  // TODO(stormscape): map KitchenQueue.oldestWaitingMinutes (a new row needs it and KitchenTicketOpened does not carry it).
  @Override
  public Long oldestWaitingMinutes(Map<String, Object> event) {
    throw new NotMappedException("read model \"Kitchen Queue\": KitchenQueue.oldestWaitingMinutes");
  }
  // TODO(stormscape): map KitchenQueue row key (which row TicketAccepted, PreparationStarted, PreparationCompleted, TicketVoided, TicketRejected update is open: how it finds its row is not recorded).
  @Override
  public String key(Map<String, Object> event) {
    throw new NotMappedException("read model \"Kitchen Queue\": KitchenQueue row key");
  }
}
