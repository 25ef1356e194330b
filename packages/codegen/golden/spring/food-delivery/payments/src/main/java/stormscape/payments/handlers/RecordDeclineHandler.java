package stormscape.payments.handlers;

import stormscape.payments.generated.api.*;
import stormscape.payments.generated.domain.PaymentCommands;
import stormscape.payments.generated.domain.PaymentDefaults;
import stormscape.payments.generated.domain.PaymentEntity;
import stormscape.payments.generated.runtime.Problems.NotMappedException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Record Decline (POST /payments/{paymentId}/record-decline)
 *
 * Yours: created once by Stormscape and never overwritten. It starts with the default
 * behaviour; add rules here (`throw defaults.refuseRecordDecline(…)` refuses with 409).
 */
@Component
public class RecordDeclineHandler implements PaymentCommands.RecordDeclineCommand {
  private final PaymentDefaults defaults;

  public RecordDeclineHandler(PaymentDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public PaymentEntity handle(String paymentId, RecordDeclineRequest body) {
    return defaults.recordDecline(paymentId, body);
  }
}
