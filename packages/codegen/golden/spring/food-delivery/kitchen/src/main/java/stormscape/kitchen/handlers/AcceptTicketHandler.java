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
 * Accept Ticket (POST /tickets/{ticketId}/accept)
 *
 * Yours: created once by Stormscape and never overwritten. It starts with the default
 * behaviour; add rules here (`throw defaults.refuseAcceptTicket(…)` refuses with 409).
 */
@Component
public class AcceptTicketHandler implements TicketCommands.AcceptTicketCommand {
  private final TicketDefaults defaults;

  public AcceptTicketHandler(TicketDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public TicketEntity handle(String ticketId, AcceptTicketRequest body) {
    return defaults.acceptTicket(ticketId, body);
  }
}
