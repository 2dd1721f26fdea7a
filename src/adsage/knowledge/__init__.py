"""The knowledge index: chunking, embeddings, the Chroma store, BM25 and hybrid search.

Modules here import chromadb and the embedding model lazily: only the code paths that
really search or index pay for them.
"""
