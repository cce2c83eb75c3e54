"""Reading articles and writing tables: corpus, markup, storage, tables."""
