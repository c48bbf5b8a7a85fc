package io.vectort.assistant.memory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The words of one user's retrievable (not superseded) memories as a Lucene index in heap, ranked
 * by BM25: the lexical half of a search without a round trip to PostgreSQL or its CPU. It matches
 * as PostgreSQL's {@code 'simple'} configuration over the folded fact did (lower case, no accents,
 * no stemming; a query word of four letters or more also matches the words it starts), and ranks
 * every match, where PostgreSQL could afford to rank only a sample of a very common word's. It
 * holds a single user's facts, so a search cannot reach anyone else's.
 *
 * <p>Unlike {@link UserVectors} it is changed in place by a write ({@link #apply}); searches run
 * concurrently on the latest refreshed reader. It is never closed: it holds only heap (no files,
 * no threads: merges run on the writing thread), so a dropped index is reclaimed by the garbage
 * collector even while a search still reads it.
 */
final class UserFullText {

    private static final String ID = "id";
    private static final String WORDS = "words";
    private static final String ID_HIGH = "id_high";
    private static final String ID_LOW = "id_low";
    private static final String CREATED = "created";
    private static final String EXPIRES = "expires";
    /** Words a prefix query expands to, at most, each scored as if as frequent as the others. */
    private static final int PREFIX_EXPANSIONS = 64;
    /**
     * Best score first; ties as PostgreSQL broke them: the newer fact, then the greater id (a
     * {@code uuid} compares as 16 unsigned bytes: its two halves as unsigned longs). The id is kept
     * as two numbers rather than a string: many facts tie on score (the same word in facts of the
     * same length), and comparing string doc values cost a dictionary lookup per tie.
     */
    private static final Sort RANKING = new Sort(
            SortField.FIELD_SCORE,
            new SortField(CREATED, SortField.Type.LONG, true),
            new SortField(ID_HIGH, SortField.Type.LONG, true),
            new SortField(ID_LOW, SortField.Type.LONG, true));

    /** A fact as the index holds it: its text (as stored, folded here) and its times in epoch milliseconds. */
    record Fact(UUID id, String text, long createdAtMillis, long expiresAtMillis) {}

    private final ByteBuffersDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private UserFullText(ByteBuffersDirectory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, new SearcherFactory());
    }

    static UserFullText of(List<Fact> facts) {
        try {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            IndexWriterConfig config = new IndexWriterConfig(new WordsAnalyzer())
                    .setMergeScheduler(new org.apache.lucene.index.SerialMergeScheduler())
                    .setCommitOnClose(false);
            IndexWriter writer = new IndexWriter(directory, config);
            for (Fact fact : facts) {
                writer.addDocument(document(fact));
            }
            return new UserFullText(directory, writer);
        } catch (IOException e) {
            throw new UncheckedIOException("could not index a user's memories in heap", e);
        }
    }

    /**
     * Applies one write: removes {@code removed} and adds {@code added} (replacing a fact of the
     * same id), then makes it visible to the next search. Idempotent, like {@link UserVectors#after}.
     */
    void apply(Set<UUID> removed, Optional<Fact> added) {
        try {
            List<Term> gone = new ArrayList<>();
            removed.forEach(id -> gone.add(idTerm(id)));
            added.ifPresent(fact -> gone.add(idTerm(fact.id())));
            writer.deleteDocuments(gone.toArray(Term[]::new));
            if (added.isPresent()) {
                writer.addDocument(document(added.get()));
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("could not update a user's in-heap memory index", e);
        }
    }

    /**
     * The ids of the {@code n} unexpired facts that best match any of {@code terms} (folded query
     * terms, see {@link FactText#queryTerms}), best first.
     */
    List<UUID> matching(List<String> terms, int n, Instant now) {
        if (terms.isEmpty()) {
            return List.of();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopFieldDocs top = searcher.search(query(terms, now), n, RANKING);
                List<UUID> ids = new ArrayList<>(top.scoreDocs.length);
                for (ScoreDoc hit : top.scoreDocs) {
                    Object[] sortValues = ((FieldDoc) hit).fields;
                    ids.add(new UUID(unsigned((Long) sortValues[2]), unsigned((Long) sortValues[3])));
                }
                return ids;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not search a user's in-heap memory index", e);
        }
    }

    /** Bytes held (the index files in heap and the writer's buffer), to bound the cache of all users' indexes. */
    long weight() {
        try {
            long files = 0;
            for (String file : directory.listAll()) {
                files += directory.fileLength(file);
            }
            return files + writer.ramBytesUsed();
        } catch (IOException e) {
            throw new UncheckedIOException("could not size a user's in-heap memory index", e);
        }
    }

    private static Query query(List<String> terms, Instant now) {
        BooleanQuery.Builder anyTerm = new BooleanQuery.Builder();
        for (String term : terms) {
            Term word = new Term(WORDS, term);
            anyTerm.add(
                    FactText.matchesAsPrefix(term)
                            ? new PrefixQuery(
                                    word, new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(PREFIX_EXPANSIONS))
                            : new TermQuery(word),
                    Occur.SHOULD);
        }
        // Only facts with an expiry have the point, and few have expired: this clause visits few.
        return new BooleanQuery.Builder()
                .add(anyTerm.build(), Occur.MUST)
                .add(LongPoint.newRangeQuery(EXPIRES, Long.MIN_VALUE, now.toEpochMilli()), Occur.MUST_NOT)
                .build();
    }

    private static Document document(Fact fact) {
        Document document = new Document();
        String id = fact.id().toString();
        document.add(new StringField(ID, id, Field.Store.NO));
        document.add(new NumericDocValuesField(ID_HIGH, unsigned(fact.id().getMostSignificantBits())));
        document.add(new NumericDocValuesField(ID_LOW, unsigned(fact.id().getLeastSignificantBits())));
        document.add(new TextField(WORDS, FactText.folded(fact.text()), Field.Store.NO));
        document.add(new NumericDocValuesField(CREATED, fact.createdAtMillis()));
        if (fact.expiresAtMillis() != UserVectors.NEVER) {
            document.add(new LongPoint(EXPIRES, fact.expiresAtMillis()));
        }
        return document;
    }

    /** Flips the sign bit: unsigned order as signed order, and back. */
    private static long unsigned(long half) {
        return half ^ Long.MIN_VALUE;
    }

    private static Term idTerm(UUID id) {
        return new Term(ID, id.toString());
    }

    /** Cuts folded text into words exactly where {@link FactText#queryTerms} cuts a query. */
    private static final class WordsAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            return new TokenStreamComponents(CharTokenizer.fromTokenCharPredicate(FactText::isWordCharacter));
        }
    }
}
