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
 * Start Preparation (POST /tickets/{ticketId}/start-preparation)
 *
 * Yours: created once by Stormscape and never overwritten. It starts with the default
 * behaviour; add rules here (`throw defaults.refuseStartPreparation(…)` refuses with 409).
 */
@Component
public class StartPreparationHandler implements TicketCommands.StartPreparationCommand {
  private final TicketDefaults defaults;

  public StartPreparationHandler(TicketDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public TicketEntity handle(String ticketId, StartPreparationRequest body) {
    return defaults.startPreparation(ticketId, body);
  }
}
