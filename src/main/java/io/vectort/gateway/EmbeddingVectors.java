package io.vectort.gateway;

/** Vector shortening for the {@code dimensions} parameter. */
public final class EmbeddingVectors {

    private EmbeddingVectors() {}

    /**
     * The first {@code dimensions} values, scaled back to unit length: what OpenAI documents for
     * shortening an embedding, so cosine similarity keeps working on the shortened vectors.
     */
    public static float[] shortened(float[] vector, int dimensions) {
        if (dimensions >= vector.length) {
            return vector;
        }
        double sum = 0;
        for (int i = 0; i < dimensions; i++) {
            sum += (double) vector[i] * vector[i];
        }
        double norm = Math.sqrt(sum);
        float[] shorter = new float[dimensions];
        for (int i = 0; i < dimensions; i++) {
            shorter[i] = norm == 0 ? 0 : (float) (vector[i] / norm);
        }
        return shorter;
    }
}
