"""Article -> Doc -> records: the spaCy pipeline and its components."""
