"""Resolution: mentions to actors (in-article and knowledge base), events across articles."""
