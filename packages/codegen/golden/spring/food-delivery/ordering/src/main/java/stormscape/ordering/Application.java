package stormscape.ordering;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Ordering service: Turns a basket into a paid, confirmed order and follows it until it is completed or cancelled.
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
