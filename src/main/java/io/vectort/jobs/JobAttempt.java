package io.vectort.jobs;

/**
 * @param number 1 for the first try, 2 for the first retry, ... (a revived dead execution keeps the
 *     number of the attempt it interrupted)
 * @param maxAttempts how many attempts the engine makes in total
 */
public record JobAttempt(int number, int maxAttempts) {

    public boolean isLast() {
        return number >= maxAttempts;
    }
}
