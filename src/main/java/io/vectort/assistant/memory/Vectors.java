package io.vectort.assistant.memory;

import java.nio.ByteBuffer;

/** Unit-length float vectors: their stored form and the dot product that scores them. */
final class Vectors {

    static final int DIMENSIONS = 384;

    private Vectors() {}

    static float[] normalized(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float[] unit = vector.clone();
        if (norm == 0) {
            return unit;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < unit.length; i++) {
            unit[i] *= scale;
        }
        return unit;
    }

    static byte[] toBytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    /** A stored vector at unit length (see {@link #readInto}). */
    static float[] read(byte[] stored) {
        float[] vector = new float[DIMENSIONS];
        readInto(stored, vector, 0);
        return vector;
    }

    /**
     * Copies a stored vector into {@code matrix} at {@code offset}, scaled to unit length: rows
     * written by other means than {@link #toBytes} (a bulk load, a restore) still rank by cosine.
     */
    static void readInto(byte[] stored, float[] matrix, int offset) {
        ByteBuffer.wrap(stored).asFloatBuffer().get(matrix, offset, DIMENSIONS);
        double norm = 0;
        for (int i = offset; i < offset + DIMENSIONS; i++) {
            norm += matrix[i] * matrix[i];
        }
        if (norm > 0) {
            float scale = (float) (1 / Math.sqrt(norm));
            for (int i = offset; i < offset + DIMENSIONS; i++) {
                matrix[i] *= scale;
            }
        }
    }

    /**
     * The dot product of {@code query} with the row of {@code matrix} at {@code offset}; for unit
     * vectors, their cosine. Four independent sums let the CPU overlap the multiplications, which a
     * single running sum (a chain of dependent additions) would serialise.
     */
    static float dot(float[] query, float[] matrix, int offset) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        for (int i = 0; i < DIMENSIONS; i += 4) {
            s0 += query[i] * matrix[offset + i];
            s1 += query[i + 1] * matrix[offset + i + 1];
            s2 += query[i + 2] * matrix[offset + i + 2];
            s3 += query[i + 3] * matrix[offset + i + 3];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
