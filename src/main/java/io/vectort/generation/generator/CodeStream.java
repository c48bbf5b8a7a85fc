package io.vectort.generation.generator;

/** Where a generator writes its protocol text; chunks may split lines and tags anywhere. */
public interface CodeStream {

    void write(String chunk);

    /** True once the generation was cancelled: the generator should stop writing and return. */
    boolean cancelled();
}
