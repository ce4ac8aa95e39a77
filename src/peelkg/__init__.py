"""peelkg: UK police inspection (PEEL) articles as a linked-data knowledge graph."""
