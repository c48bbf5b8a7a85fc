package io.vectort.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.tracing.Tracer;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.vectort.support.IntegrationTest;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Without an OTLP endpoint (the shared test context) tracing is not there at all. */
class TracingOffIT extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void withoutAnEndpointTheTracerIsTheNoOpOneAndNoSpanIsRecordedOrExported() {
        assertThat(context.getBean(Tracer.class)).isSameAs(Tracer.NOOP);
        assertThat(context.getBeansOfType(SdkTracerProvider.class)).isEmpty();
        assertThat(context.getBeansOfType(SpanProcessor.class)).isEmpty();
        assertThat(context.getBeansOfType(SpanExporter.class)).isEmpty();
        assertThat(Thread.getAllStackTraces().keySet())
                .extracting(Thread::getName)
                .noneMatch(name -> name.startsWith("BatchSpanProcessor"));
        // No JDBC observation proxy around the pool: statements go straight to Hikari.
        assertThat(context.getBean(DataSource.class)).isExactlyInstanceOf(HikariDataSource.class);
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where traceparent is not null")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
