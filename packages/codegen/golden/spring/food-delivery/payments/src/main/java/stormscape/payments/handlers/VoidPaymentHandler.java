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
 * Void Payment (POST /payments/{paymentId}/void)
 *
 * Yours: created once by Stormscape and never overwritten. It starts with the default
 * behaviour; add rules here (`throw defaults.refuseVoidPayment(…)` refuses with 409).
 */
@Component
public class VoidPaymentHandler implements PaymentCommands.VoidPaymentCommand {
  private final PaymentDefaults defaults;

  public VoidPaymentHandler(PaymentDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public PaymentEntity handle(String paymentId, VoidPaymentRequest body) {
    return defaults.voidPayment(paymentId, body);
  }
}
