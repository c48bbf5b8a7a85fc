package io.vectort;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Vectort: one process that serves the Builder, the Gateway and the Assistant. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class VectortApplication {

    public static void main(String[] args) {
        SpringApplication.run(VectortApplication.class, args);
    }
}
