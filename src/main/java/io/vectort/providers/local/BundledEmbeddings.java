package io.vectort.providers.local;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.vectort.providers.TokenCounter;
import io.vectort.providers.Usage;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * all-MiniLM-L6-v2 (quantised, 384 dimensions) running in-process on ONNX Runtime: embeddings
 * with no key, no server and no network. The model loads on first use.
 */
@Component
public class BundledEmbeddings {

    public static final String MODEL = "vectort-minilm";
    public static final int DIMENSIONS = 384;

    private volatile EmbeddingModel model;

    public List<float[]> embed(List<String> inputs) {
        List<TextSegment> segments = inputs.stream().map(TextSegment::from).toList();
        return model().embedAll(segments).content().stream()
                .map(Embedding::vector)
                .toList();
    }

    public static Usage usage(List<String> inputs) {
        return new Usage(inputs.stream().mapToLong(TokenCounter::count).sum(), 0, true);
    }

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                if (model == null) {
                    model = new OneThreadMiniLm();
                }
                loaded = model;
            }
        }
        return loaded;
    }
}
