package stormscape.catalogue;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Catalogue service: Lets restaurants describe what they sell, when, and at what price, and publishes that as the menu customers order from.
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
