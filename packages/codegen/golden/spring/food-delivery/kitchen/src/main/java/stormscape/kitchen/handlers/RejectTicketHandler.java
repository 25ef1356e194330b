package stormscape.kitchen.handlers;

import stormscape.kitchen.generated.api.*;
import stormscape.kitchen.generated.domain.TicketCommands;
import stormscape.kitchen.generated.domain.TicketDefaults;
import stormscape.kitchen.generated.domain.TicketEntity;
import stormscape.kitchen.generated.runtime.Problems.NotMappedException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reject Ticket (POST /tickets/{ticketId}/reject)
 *
 * Yours: created once by Stormscape and never overwritten. It starts with the default
 * behaviour; add rules here (`throw defaults.refuseRejectTicket(…)` refuses with 409).
 */
@Component
public class RejectTicketHandler implements TicketCommands.RejectTicketCommand {
  private final TicketDefaults defaults;

  public RejectTicketHandler(TicketDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public TicketEntity handle(String ticketId, RejectTicketRequest body) {
    return defaults.rejectTicket(ticketId, body);
  }
}
