/**
 * The Assistant's long-term memory: facts about one user with their time metadata, added and never
 * rewritten behind the user's back (a newer fact supersedes an older one), retrieved by hybrid
 * search (BM25 full-text rank fused with exact vector similarity of the bundled embedding model,
 * re-ranked by recency) and fitted into a token budget for the agent. PostgreSQL holds the facts;
 * each node keeps a user's vectors and a Lucene index of their words in memory for searching,
 * revision-checked against PostgreSQL. Every query is scoped to one user id, and the in-memory
 * index is one structure per user, so that isolation does not depend on a filter. {@link io.vectort.assistant.memory.AssistantMemory} is the API.
 */
@NullMarked
package io.vectort.assistant.memory;

import org.jspecify.annotations.NullMarked;
