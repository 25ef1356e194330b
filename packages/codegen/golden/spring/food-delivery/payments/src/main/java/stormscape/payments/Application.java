package stormscape.payments;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Payments service: Takes the customer’s money safely: authorise at checkout, capture when the kitchen commits, refund when we fail.
 *
 * Yours: created once by Stormscape and never overwritten.
 */
@SpringBootApplication
@EnableScheduling
public class Application {
  public static void main(String[] args) {
    SpringApplication.run(Application.class, args);
  }
}
