//! Domain types shared by every pipeline stage.

pub(crate) mod actor;
pub(crate) mod extraction;
pub(crate) mod relation;
