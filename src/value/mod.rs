//! Rules for one value kind each. They know nothing of paths or profiles beyond their inputs;
//! `rules` decides where they apply and where their issues point.

pub mod datetime;
pub mod domain;
pub mod hash;
pub mod hidden;
pub mod ip;
pub mod url;
