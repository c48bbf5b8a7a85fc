package io.vectort.assistant.memory;

import java.nio.ByteBuffer;
import org.apache.lucene.util.VectorUtil;

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

    /**
     * A stored vector, scaled to unit length: rows written by other means than {@link #toBytes} (a
     * bulk load, a restore) still rank by cosine.
     */
    static float[] read(byte[] stored) {
        float[] vector = new float[DIMENSIONS];
        ByteBuffer.wrap(stored).asFloatBuffer().get(vector);
        return normalized(vector);
    }

    /**
     * The dot product of two vectors of {@link #DIMENSIONS}; for unit vectors, their cosine.
     * Lucene's implementation runs on the JDK Vector API (SIMD) when the JVM is started with
     * {@code --add-modules jdk.incubator.vector} and on an unrolled scalar loop otherwise; see
     * {@link #vectorised()}.
     */
    static float dot(float[] a, float[] b) {
        return VectorUtil.dotProduct(a, b);
    }

    /**
     * Whether {@link #dot} can use the Vector API: its module is in the JVM. (Lucene also needs a
     * HotSpot JVM with C2; it logs a warning when it falls back.)
     */
    static boolean vectorised() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }
}
