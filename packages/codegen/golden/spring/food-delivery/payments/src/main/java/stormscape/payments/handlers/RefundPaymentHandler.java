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
 * Refund Payment (POST /payments/{paymentId}/refund)
 *
 * Yours: created once by Stormscape and never overwritten. It starts with the default
 * behaviour; add rules here (`throw defaults.refuseRefundPayment(…)` refuses with 409).
 */
@Component
public class RefundPaymentHandler implements PaymentCommands.RefundPaymentCommand {
  private final PaymentDefaults defaults;

  public RefundPaymentHandler(PaymentDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public PaymentEntity handle(String paymentId, RefundPaymentRequest body) {
    return defaults.refundPayment(paymentId, body);
  }
}
