-- The W3C traceparent of the request that enqueued a job, so that the job's span continues that
-- trace on whichever node runs it. Written only while tracing is on (docs/OPERATIONS.md, "Traces").
alter table scheduled_tasks add column traceparent text;
