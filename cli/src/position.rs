//! Byte offsets → 1-based line and column, for output only.
//!
//! Columns count Unicode code points (SARIF's default `columnKind` "unicodeCodePoints"):
//! every byte that is not a UTF-8 continuation byte starts a new column, so an invalid byte
//! counts as one column. Lines end at `\n`.

/// A 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

/// Converts offsets into one text. Cheap when offsets are queried in non-decreasing order
/// (each byte is looked at once); an earlier offset restarts from the beginning.
#[derive(Debug)]
pub struct Locator<'a> {
    bytes: &'a [u8],
    /// Everything before `pos` has been counted.
    pos: usize,
    line: usize,
    /// Column of the code point starting at `pos`.
    col: usize,
}

impl<'a> Locator<'a> {
    pub fn new(bytes: &'a [u8]) -> Locator<'a> {
        Locator {
            bytes,
            pos: 0,
            line: 1,
            col: 1,
        }
    }

    /// The position of byte `offset` (clamped to the text's length).
    pub fn locate(&mut self, offset: usize) -> Pos {
        let offset = offset.min(self.bytes.len());
        if offset < self.pos {
            *self = Locator::new(self.bytes);
        }
        let segment = &self.bytes[self.pos..offset];
        match memchr::memrchr(b'\n', segment) {
            Some(last_nl) => {
                self.line += count_newlines(&segment[..last_nl]) + 1;
                self.col = 1 + code_points(&segment[last_nl + 1..]);
            }
            None => self.col += code_points(segment),
        }
        self.pos = offset;
        Pos {
            line: self.line,
            col: self.col,
        }
    }
}

fn count_newlines(bytes: &[u8]) -> usize {
    memchr::memchr_iter(b'\n', bytes).count()
}

/// Number of code points (non-continuation bytes) in `bytes`.
pub fn code_points(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_code_point_columns() {
        let text = "ab\n电话 x\n\nz";
        let mut loc = Locator::new(text.as_bytes());
        assert_eq!(loc.locate(0), Pos { line: 1, col: 1 });
        assert_eq!(loc.locate(2), Pos { line: 1, col: 3 });
        assert_eq!(loc.locate(3), Pos { line: 2, col: 1 });
        let x = text.find('x').unwrap();
        assert_eq!(loc.locate(x), Pos { line: 2, col: 4 });
        let z = text.find('z').unwrap();
        assert_eq!(loc.locate(z), Pos { line: 4, col: 1 });
        // Going back restarts.
        assert_eq!(loc.locate(1), Pos { line: 1, col: 2 });
        assert_eq!(loc.locate(text.len()), Pos { line: 4, col: 2 });
    }

    #[test]
    fn invalid_bytes_count_as_one_column() {
        let bytes = b"a\xff\xfeb";
        let mut loc = Locator::new(bytes);
        assert_eq!(loc.locate(3), Pos { line: 1, col: 4 });
    }
}
