//! Integration tests: the command line, the examples and the documents.
