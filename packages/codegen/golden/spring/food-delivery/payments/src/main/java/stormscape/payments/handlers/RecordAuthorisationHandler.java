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
 * Record Authorisation (POST /payments/{paymentId}/record-authorisation)
 *
 * Yours: created once by Stormscape and never overwritten. It starts with the default
 * behaviour; add rules here (`throw defaults.refuseRecordAuthorisation(…)` refuses with 409).
 */
@Component
public class RecordAuthorisationHandler implements PaymentCommands.RecordAuthorisationCommand {
  private final PaymentDefaults defaults;

  public RecordAuthorisationHandler(PaymentDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public PaymentEntity handle(String paymentId, RecordAuthorisationRequest body) {
    return defaults.recordAuthorisation(paymentId, body);
  }
}
