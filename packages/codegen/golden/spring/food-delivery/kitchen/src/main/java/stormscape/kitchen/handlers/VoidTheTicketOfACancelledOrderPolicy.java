package stormscape.kitchen.handlers;

import stormscape.kitchen.generated.domain.Policies;
import stormscape.kitchen.generated.runtime.Problems.NotMappedException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the board leaves open in policy VoidTheTicketOfACancelledOrder.
 *
 * Yours: created once by Stormscape and never overwritten. Each value starts as a
 * TODO(stormscape) that throws, so the event is retried and then dead-lettered until you map it.
 */
@Component
public class VoidTheTicketOfACancelledOrderPolicy implements Policies.VoidTheTicketOfACancelledOrderPolicyOpen {
  // TODO(stormscape): map voidTicket.ticketId (OrderCancelled carries no ticketId and the board maps none).
  @Override
  public String voidTicketTicketId(Map<String, Object> event) {
    throw new NotMappedException("policy \"Void the ticket of a cancelled order\": voidTicket.ticketId");
  }
}
