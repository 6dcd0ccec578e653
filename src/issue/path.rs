//! Where an issue is, as a JSON pointer (RFC 6901) into the input. Most issues are about a field
//! or an item of a list field, and a batch item's issues are the same with its index in front:
//! those are kept as a field id and indices, so that finding them allocates nothing. Only a
//! path that names what the input itself spells (an unknown key, a value nested in an
//! undocumented field, a CSV column) is written out.

use crate::model::Field;
use serde::{Serialize, Serializer};
use std::fmt::{self, Write as _};

/// Small on purpose (the size of the `String` it replaced): reports hold many issues.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Path {
    /// The batch item, or `NO_ITEM`: the index, with `IMPORT_BODY` set when the items are under
    /// `/Indicators`.
    item: u32,
    at: At,
}

const NO_ITEM: u32 = u32::MAX;
const IMPORT_BODY: u32 = 1 << 31;
/// Where a batch's items are, by whether they came in an import body.
const ITEM_BASES: [&str; 2] = ["", "/Indicators"];

#[derive(Debug, Clone, PartialEq, Eq)]
enum At {
    /// The item (or the input) as a whole: `""`.
    Root,
    /// `/indicatorValue`.
    Field(Field),
    /// An item of a list field: `/rbacGroupNames/1`.
    FieldItem(Field, u32),
    /// Any other pointer, already escaped. Boxed twice so that `At` stays two words (such
    /// paths are rare; the common ones above stay small).
    #[allow(clippy::box_collection)]
    Written(Box<String>),
}

impl Path {
    /// The item `index` of the list field `field`.
    pub fn field_item(field: Field, index: usize) -> Path {
        match u32::try_from(index) {
            Ok(index) => Path { item: NO_ITEM, at: At::FieldItem(field, index) },
            Err(_) => Path::from(format!("{}/{index}", field.path())),
        }
    }

    /// This path inside item `index` of a batch, whose items are under `/Indicators` when
    /// `in_import_body`.
    pub fn in_item(self, in_import_body: bool, index: usize) -> Path {
        match u32::try_from(index) {
            Ok(small) if small < IMPORT_BODY && self.item == NO_ITEM => {
                Path { item: if in_import_body { small | IMPORT_BODY } else { small }, ..self }
            }
            _ => {
                let base = ITEM_BASES.get(usize::from(in_import_body)).copied().unwrap_or_default();
                Path::from(format!("{base}/{index}{self}"))
            }
        }
    }

    /// The pointer as text, for callers that compare paths.
    pub fn as_pointer(&self) -> String {
        self.to_string()
    }
}

impl From<Field> for Path {
    fn from(field: Field) -> Path {
        Path { item: NO_ITEM, at: At::Field(field) }
    }
}

/// For the pointers the code spells out (`""`, `/action`, `/error`): a field's is kept as the field.
impl From<&'static str> for Path {
    fn from(pointer: &'static str) -> Path {
        if pointer.is_empty() {
            return Path { item: NO_ITEM, at: At::Root };
        }
        match pointer.strip_prefix('/').and_then(Field::parse) {
            Some(field) => Path::from(field),
            None => Path::from(pointer.to_string()),
        }
    }
}

impl From<String> for Path {
    fn from(pointer: String) -> Path {
        Path { item: NO_ITEM, at: At::Written(Box::new(pointer)) }
    }
}

impl PartialEq<&str> for Path {
    fn eq(&self, other: &&str) -> bool {
        let mut rest = Some(*other);
        let _ = write!(Consume(&mut rest), "{self}");
        rest == Some("")
    }
}

/// Consumes the text it is written, piece by piece; `None` once a piece differs.
struct Consume<'r, 'a>(&'r mut Option<&'a str>);

impl fmt::Write for Consume<'_, '_> {
    fn write_str(&mut self, piece: &str) -> fmt::Result {
        *self.0 = self.0.and_then(|rest| rest.strip_prefix(piece));
        Ok(())
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.item != NO_ITEM {
            let base = if self.item & IMPORT_BODY == 0 { "" } else { "/Indicators" };
            write!(f, "{base}/{}", self.item & !IMPORT_BODY)?;
        }
        match &self.at {
            At::Root => Ok(()),
            At::Field(field) => f.write_str(field.path()),
            At::Written(pointer) => f.write_str(pointer),
            At::FieldItem(field, index) => {
                f.write_str(field.path())?;
                f.write_char('/')?;
                write!(f, "{index}")
            }
        }
    }
}

impl Serialize for Path {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // A path that is one piece of text is written as it is; the rest through Display.
        match (self.item, &self.at) {
            (NO_ITEM, At::Root) => serializer.serialize_str(""),
            (NO_ITEM, At::Field(field)) => serializer.serialize_str(field.path()),
            (NO_ITEM, At::Written(pointer)) => serializer.serialize_str(pointer),
            _ => serializer.collect_str(self),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_and_compares_as_the_pointer_it_stands_for() {
        let cases: [(Path, &str); 7] = [
            (Path::from(""), ""),
            (Path::from("/indicatorValue"), "/indicatorValue"),
            (Path::from(Field::Title), "/title"),
            (Path::field_item(Field::RbacGroupNames, 3), "/rbacGroupNames/3"),
            (Path::field_item(Field::RbacGroupNames, 3).in_item(true, 12), "/Indicators/12/rbacGroupNames/3"),
            (Path::from(String::from("/a~1b")).in_item(false, 0), "/0/a~1b"),
            (Path::from("").in_item(false, 7).in_item(true, 2), "/Indicators/2/7"),
        ];
        for (path, pointer) in cases {
            assert_eq!(path.to_string(), pointer);
            assert_eq!(path, pointer);
            assert_eq!(serde_json::to_string(&path).ok(), serde_json::to_string(pointer).ok());
        }
        assert_eq!(Path::from("/indicatorValue"), Path::from(Field::IndicatorValue));
        assert_ne!(Path::field_item(Field::RbacGroupNames, 3), "/rbacGroupNames/30");
        assert_ne!(Path::from("").in_item(false, 1), "/10");
        assert_ne!(Path::from(Field::Title), "/titles");
        assert!(std::mem::size_of::<Path>() <= std::mem::size_of::<String>());
    }
}
