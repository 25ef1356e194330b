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
 * Open Kitchen Ticket (POST /tickets)
 *
 * Yours: created once by Stormscape and never overwritten. It starts with the default
 * behaviour; add rules here (`throw defaults.refuseOpenKitchenTicket(…)` refuses with 409).
 */
@Component
public class OpenKitchenTicketHandler implements TicketCommands.OpenKitchenTicketCommand {
  private final TicketDefaults defaults;

  public OpenKitchenTicketHandler(TicketDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public TicketEntity handle(OpenKitchenTicketRequest body) {
    return defaults.openKitchenTicket(body);
  }
}
