package io.vectort.assistant.memory;

import org.apache.lucene.util.VectorUtil;

/**
 * A unit vector in one byte per dimension (its largest component scaled to ±127), a quarter of its
 * float size: the vector scan reads memory faster than it multiplies, so scanning these and then
 * rescoring the few rows that may rank is faster than scanning the floats. {@link #errorBound}
 * says how far {@link #approximateDot} can be from the exact dot product, so that the scan can
 * stay exact.
 *
 * @param scale the value of one step: component ≈ {@code values[i] * scale}
 * @param l1Norm the sum of the absolute values of the vector's float components
 */
record QuantizedVector(byte[] values, float scale, float l1Norm) {

    static QuantizedVector of(float[] vector) {
        float max = 0;
        float l1Norm = 0;
        for (float component : vector) {
            max = Math.max(max, Math.abs(component));
            l1Norm += Math.abs(component);
        }
        float scale = max == 0 ? 1 : max / 127;
        byte[] values = new byte[vector.length];
        for (int i = 0; i < vector.length; i++) {
            values[i] = (byte) Math.round(vector[i] / scale);
        }
        return new QuantizedVector(values, scale, l1Norm);
    }

    /** The same vector in a newly allocated array: see {@link UserVectors#of}. */
    QuantizedVector copy() {
        return new QuantizedVector(values.clone(), scale, l1Norm);
    }

    float approximateDot(QuantizedVector other) {
        return VectorUtil.dotProduct(values, other.values) * scale * other.scale;
    }

    /**
     * The most {@link #approximateDot} can differ from the dot product of the float vectors.
     * Each component is off by at most half a step (a = â + ε, b = b̂ + δ), so
     * |a·b − â·b̂| = |a·δ + ε·b − ε·δ| ≤ ‖a‖₁·max|δ| + ‖b‖₁·max|ε| + n·max|ε|·max|δ|, plus a margin
     * for the rounding of float arithmetic.
     */
    float errorBound(QuantizedVector other) {
        float halfStep = scale / 2;
        float otherHalfStep = other.scale / 2;
        return l1Norm * otherHalfStep + other.l1Norm * halfStep + values.length * halfStep * otherHalfStep + 1e-4f;
    }
}
