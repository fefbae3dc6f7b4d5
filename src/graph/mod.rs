//! ActorGraph over petgraph (being written).
