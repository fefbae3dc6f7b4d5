//! Graph exports (being written).
