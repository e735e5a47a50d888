package nl.cleantechwerkt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CleantechWerktApplication {

    public static void main(String[] args) {
        SpringApplication.run(CleantechWerktApplication.class, args);
    }
}
