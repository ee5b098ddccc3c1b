//! warbrief-core's integration tests: the extractor measured on the labelled report set.

mod extraction;
