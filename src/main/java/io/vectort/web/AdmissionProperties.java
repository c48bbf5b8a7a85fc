package io.vectort.web;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Admission of state-changing API requests, prefix {@code vectort.admission}.
 *
 * @param maxConcurrent how many such requests run at once; below the database pool's size, so
 *     running jobs and reads keep connections while a burst of submissions waits its turn
 * @param maxWait how long a request waits for its turn before it is refused with 503
 * @param maxQueue how many requests may wait; beyond it they are refused at once
 */
@Validated
@ConfigurationProperties("vectort.admission")
public record AdmissionProperties(
        @DefaultValue("16") @Min(1) int maxConcurrent,
        @DefaultValue("30s") Duration maxWait,
        @DefaultValue("1000") @Min(0) int maxQueue) {}
