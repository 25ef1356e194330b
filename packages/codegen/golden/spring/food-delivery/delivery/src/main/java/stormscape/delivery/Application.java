package stormscape.delivery;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Delivery service: Finds a courier for every accepted order and gets the food from the restaurant to the customer.
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
