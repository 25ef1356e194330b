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
 * Void Ticket (POST /tickets/{ticketId}/void)
 *
 * Yours: created once by Stormscape and never overwritten. It starts with the default
 * behaviour; add rules here (`throw defaults.refuseVoidTicket(…)` refuses with 409).
 */
@Component
public class VoidTicketHandler implements TicketCommands.VoidTicketCommand {
  private final TicketDefaults defaults;

  public VoidTicketHandler(TicketDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public TicketEntity handle(String ticketId, VoidTicketRequest body) {
    return defaults.voidTicket(ticketId, body);
  }
}
