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
 * Complete Preparation (POST /tickets/{ticketId}/complete-preparation)
 *
 * Yours: created once by Stormscape and never overwritten. It starts with the default
 * behaviour; add rules here (`throw defaults.refuseCompletePreparation(…)` refuses with 409).
 */
@Component
public class CompletePreparationHandler implements TicketCommands.CompletePreparationCommand {
  private final TicketDefaults defaults;

  public CompletePreparationHandler(TicketDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public TicketEntity handle(String ticketId, CompletePreparationRequest body) {
    return defaults.completePreparation(ticketId, body);
  }
}
