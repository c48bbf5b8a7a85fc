package io.vectort.generation.run;

import io.vectort.billing.CreditLedger;
import io.vectort.billing.InsufficientCreditsException;
import io.vectort.billing.Money;
import io.vectort.cache.CacheType;
import io.vectort.cache.CacheWarmer;
import io.vectort.cache.CachedResponse;
import io.vectort.cache.WarmCandidate;
import io.vectort.generation.generator.CodeGenerationException;
import io.vectort.generation.generator.CodeGenerator;
import io.vectort.generation.generator.CodeRequest;
import io.vectort.generation.generator.CodeStream;
import io.vectort.generation.generator.GenerationReport;
import io.vectort.generation.protocol.ProjectFiles;
import io.vectort.generation.protocol.ProtocolLimits;
import io.vectort.generation.protocol.ProtocolListener;
import io.vectort.generation.protocol.ProtocolParser;
import io.vectort.generation.protocol.ProtocolViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pre-generates popular Builder answers before their cache entries expire: the request comes from
 * the latest first generation stored under that key, the work is charged to its organisation like
 * any generation (held, then settled on real usage; skipped when the balance cannot cover it), and
 * the answer is kept only if it parses into a complete, safe project.
 */
@Component
class BuilderCacheWarmer implements CacheWarmer {

    private static final Logger log = LoggerFactory.getLogger(BuilderCacheWarmer.class);

    private final JdbcClient jdbc;
    private final GeneratorSelector generators;
    private final CreditLedger ledger;
    private final GenerationProperties properties;

    BuilderCacheWarmer(
            JdbcClient jdbc, GeneratorSelector generators, CreditLedger ledger, GenerationProperties properties) {
        this.jdbc = jdbc;
        this.generators = generators;
        this.ledger = ledger;
        this.properties = properties;
    }

    @Override
    public boolean supports(CacheType type) {
        return type == CacheType.BUILDER;
    }

    @Override
    public Optional<CachedResponse> regenerate(WarmCandidate candidate) {
        UUID owner = candidate.key().scope();
        String hash = candidate.key().hash();
        Optional<Source> source = jdbc.sql("""
                        select description, framework, app_type, model from generations
                        where org_id = :owner and cache_key = :key and base_version = 0 and status = 'succeeded'
                        order by created_at desc limit 1""")
                .param("owner", owner)
                .param("key", hash)
                .query((rs, n) -> new Source(
                        rs.getString("description"),
                        rs.getString("framework"),
                        rs.getString("app_type"),
                        Optional.ofNullable(rs.getString("model"))))
                .optional();
        if (source.isEmpty()) {
            return Optional.empty();
        }
        Source request = source.get();
        CodeGenerator generator = generators.forRequest(request.model());
        if (generator.cacheVersion().isEmpty() || !generator.available()) {
            return Optional.empty();
        }
        String ledgerKey = "cache-warm:" + hash + ":" + LocalDate.now(ZoneOffset.UTC);
        if (ledger.applied(ledgerKey + ":reserve")) {
            return Optional.empty(); // already warmed today (perhaps by another node)
        }
        long held = Money.microsOf(generator.estimateMaxCostUsd(request.model(), request.description(), 0));
        try {
            ledger.reserve(owner, held, ledgerKey + ":reserve", "cache warming");
        } catch (InsufficientCreditsException e) {
            log.info("Not warming cache entry {} of {}: the balance cannot cover it", hash, owner);
            return Optional.empty();
        }
        long charged = 0;
        try {
            StringBuilder text = new StringBuilder();
            GenerationReport report = generator.generate(
                    new CodeRequest(
                            request.description(),
                            request.framework(),
                            request.appType(),
                            request.model(),
                            List.of(),
                            Map.of(),
                            Optional.of(owner),
                            Optional.empty()),
                    new CodeStream() {
                        @Override
                        public void write(String chunk) {
                            text.append(chunk);
                        }

                        @Override
                        public boolean cancelled() {
                            return false;
                        }
                    });
            charged = Money.microsOf(report.costUsd());
            return complete(text.toString())
                    ? Optional.of(new CachedResponse(text.toString(), Instant.now()))
                    : Optional.empty();
        } catch (CodeGenerationException | ProtocolViolationException e) {
            log.info("Cache warming of {} failed: {}", hash, e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            ledger.settle(owner, held, charged, ledgerKey + ":settle", "cache warming");
        }
    }

    private boolean complete(String protocolText) {
        ProtocolLimits limits = properties.limits().protocol();
        ProtocolParser parser = new ProtocolParser(limits, new ProtocolListener() {});
        parser.feed(protocolText);
        return !ProjectFiles.apply(Map.of(), parser.finish(), limits).isEmpty();
    }

    private record Source(String description, String framework, String appType, Optional<String> model) {}
}
