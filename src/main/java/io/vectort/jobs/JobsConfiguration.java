package io.vectort.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.logging.LogLevel;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import io.vectort.shared.NodeName;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Builds the db-scheduler engine from every {@link JobHandler} and {@link RecurringJob} bean. */
@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

    @Bean
    Scheduler jobScheduler(
            DataSource dataSource,
            JobsProperties properties,
            List<JobHandler> handlers,
            List<RecurringJob> recurringJobs,
            DbSchedulerJobQueue queue,
            JobTracing tracing,
            NodeName node) {
        List<Task<?>> tasks = new ArrayList<>();
        for (JobHandler handler : handlers) {
            tasks.add(Tasks.oneTime(handler.name())
                    .onFailure(new BackoffWithJitter<>(handler, properties))
                    .onDeadExecution(new DeadExecutionHandler.ReviveDeadExecution<>())
                    .execute((instance, context) -> tracing.run(
                            handler.name(),
                            instance.getId(),
                            queue.traceparent(handler.name(), instance.getId()),
                            () -> JobExecution.run(
                                    handler,
                                    instance.getId(),
                                    context.getExecution().consecutiveFailures + 1,
                                    properties))));
        }
        List<RecurringTask<Void>> startTasks = new ArrayList<>();
        for (RecurringJob job : recurringJobs) {
            startTasks.add(Tasks.recurring(job.name(), FixedDelay.of(job.interval()))
                    .execute((instance, context) -> JobExecution.runRecurring(job)));
        }
        // Enqueueing inside a Spring transaction must write through that transaction's connection,
        // so that a job exists exactly when the domain row that needs it was committed.
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .startTasks(startTasks)
                .schedulerName(new SchedulerName.Fixed(node.value()))
                .threads(properties.concurrency())
                .executorService(Executors.newThreadPerTaskExecutor(
                        Thread.ofVirtual().name("vectort-job-", 0).factory()))
                .pollingInterval(properties.pollingInterval())
                .heartbeatInterval(properties.heartbeatInterval())
                .missedHeartbeatsLimit(properties.missedHeartbeats())
                .pollUsingLockAndFetch(0.5, 1.0)
                .enableImmediateExecution()
                .alwaysPersistTimestampInUTC()
                .shutdownMaxWait(properties.shutdownWait())
                .failureLogging(LogLevel.DEBUG, false)
                .build();
    }

    /** This node's name, the same for its jobs, its heartbeats and its credit leases. */
    @Bean
    NodeName nodeName() {
        return NodeName.generate();
    }

    @Bean
    SchedulerLifecycle schedulerLifecycle(Scheduler scheduler, JobsProperties properties) {
        return new SchedulerLifecycle(scheduler, properties.enabled());
    }

    @Bean
    DbSchedulerJobQueue jobQueue(
            ObjectProvider<Scheduler> scheduler,
            JdbcClient jdbc,
            JobTracing tracing,
            PlatformTransactionManager transactionManager) {
        return new DbSchedulerJobQueue(scheduler, jdbc, tracing, new TransactionTemplate(transactionManager));
    }

    /** Micrometer's no-op tracer and propagator when tracing is off (io.vectort.tracing). */
    @Bean
    JobTracing jobTracing(
            ObjectProvider<Tracer> tracer,
            ObjectProvider<Propagator> propagator,
            ObjectProvider<ObservationRegistry> observations) {
        return new JobTracing(
                tracer.getIfAvailable(() -> Tracer.NOOP),
                propagator.getIfAvailable(() -> Propagator.NOOP),
                observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }

    /** The job's trace observation makes spans only: its duration is {@code vectort.jobs.*}'s. */
    @Bean
    MeterFilter jobTraceObservationIsNotAMetric() {
        return MeterFilter.denyNameStartsWith(JobTracing.OBSERVATION);
    }

    @Bean
    Gauge jobsDueGauge(MeterRegistry registry, DbSchedulerJobQueue queue) {
        return Gauge.builder("vectort.jobs.due", queue, DbSchedulerJobQueue::dueCountOrNaN)
                .description("Jobs due to run and not yet claimed by any node (the queue depth)")
                .register(registry);
    }

    @Bean
    JobWorkers jobWorkers(MeterRegistry registry, ObjectProvider<Scheduler> scheduler, JobsProperties properties) {
        JobWorkers workers = new JobWorkers(scheduler, properties);
        workers.register(registry);
        return workers;
    }
}
