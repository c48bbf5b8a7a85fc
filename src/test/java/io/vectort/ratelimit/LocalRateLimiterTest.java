package io.vectort.ratelimit;

class LocalRateLimiterTest extends RateLimiterContractTest {

    @Override
    RateLimiter limiter() {
        return new LocalRateLimiter();
    }
}
