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
 * Submit Payment (POST /payments)
 *
 * Yours: created once by Stormscape and never overwritten. It starts with the default
 * behaviour; add rules here (`throw defaults.refuseSubmitPayment(…)` refuses with 409).
 */
@Component
public class SubmitPaymentHandler implements PaymentCommands.SubmitPaymentCommand {
  private final PaymentDefaults defaults;

  public SubmitPaymentHandler(PaymentDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public PaymentEntity handle(SubmitPaymentRequest body) {
    return defaults.submitPayment(body);
  }
}
