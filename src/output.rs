//! Decoding the worker's output ring: framed records of (stream, UTF-8 bytes), where one character may be split
//! across two records or two reads. Pure; the web adapter copies the bytes out of the SharedArrayBuffer.

use crate::protocol::Stream;

/// Record header: one stream byte and a u32 little-endian payload length.
pub const HEADER: usize = 5;

#[derive(Default)]
pub struct RingDecoder {
    /// Bytes of a record that has not fully arrived.
    pending: Vec<u8>,
    /// Per stream, the first bytes of a character whose remaining bytes are in a later record.
    carry: [Vec<u8>; 2],
}

fn stream_of(b: u8) -> Stream {
    if b == 1 {
        Stream::Stderr
    } else {
        Stream::Stdout
    }
}

/// Splits `bytes` into the longest prefix that is complete UTF-8 (invalid sequences replaced) and the bytes of a
/// character that is cut off at the end.
fn split_utf8(bytes: &[u8]) -> (String, Vec<u8>) {
    let mut text = String::new();
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                text.push_str(s);
                return (text, Vec::new());
            }
            Err(e) => {
                let (good, bad) = rest.split_at(e.valid_up_to());
                text.push_str(std::str::from_utf8(good).unwrap_or_default());
                match e.error_len() {
                    None => return (text, bad.to_vec()),
                    Some(n) => {
                        text.push('\u{FFFD}');
                        rest = &bad[n..];
                    }
                }
            }
        }
    }
}

impl RingDecoder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Feeds bytes read from the ring; returns the text that is complete, in order.
    pub fn push(&mut self, bytes: &[u8]) -> Vec<(Stream, String)> {
        self.pending.extend_from_slice(bytes);
        let mut out: Vec<(Stream, String)> = Vec::new();
        let mut at = 0;
        while self.pending.len() - at >= HEADER {
            let stream = self.pending[at];
            let len = u32::from_le_bytes([
                self.pending[at + 1],
                self.pending[at + 2],
                self.pending[at + 3],
                self.pending[at + 4],
            ]) as usize;
            if self.pending.len() - at - HEADER < len {
                break;
            }
            let body = &self.pending[at + HEADER..at + HEADER + len];
            let slot = usize::from(stream == 1);
            let mut joined = std::mem::take(&mut self.carry[slot]);
            joined.extend_from_slice(body);
            let (text, carry) = split_utf8(&joined);
            self.carry[slot] = carry;
            let s = stream_of(stream);
            if !text.is_empty() {
                match out.last_mut() {
                    Some((last, t)) if *last == s => t.push_str(&text),
                    _ => out.push((s, text)),
                }
            }
            at += HEADER + len;
        }
        self.pending.drain(..at);
        out
    }
}

/// Encodes one record, as the worker writes it (for tests that play the worker's part).
pub fn encode(stream: Stream, text: &[u8]) -> Vec<u8> {
    let mut v = Vec::with_capacity(HEADER + text.len());
    v.push(u8::from(stream == Stream::Stderr));
    v.extend_from_slice(&(text.len() as u32).to_le_bytes());
    v.extend_from_slice(text);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_records_decode_in_order_and_merge_by_stream() {
        let mut d = RingDecoder::new();
        let mut bytes = encode(Stream::Stdout, b"a\n");
        bytes.extend(encode(Stream::Stdout, b"b\n"));
        bytes.extend(encode(Stream::Stderr, b"err\n"));
        bytes.extend(encode(Stream::Stdout, b"c"));
        let out = d.push(&bytes);
        assert_eq!(
            out,
            vec![
                (Stream::Stdout, "a\nb\n".to_string()),
                (Stream::Stderr, "err\n".to_string()),
                (Stream::Stdout, "c".to_string())
            ]
        );
    }

    #[test]
    fn records_split_across_reads_wait_for_the_rest() {
        let mut d = RingDecoder::new();
        let bytes = encode(Stream::Stdout, b"hello");
        assert!(d.push(&bytes[..3]).is_empty());
        assert!(d.push(&bytes[3..7]).is_empty());
        assert_eq!(d.push(&bytes[7..]), vec![(Stream::Stdout, "hello".to_string())]);
    }

    #[test]
    fn characters_split_across_records_are_joined_per_stream() {
        let euro = "€".as_bytes(); // 3 bytes
        let mut d = RingDecoder::new();
        let mut bytes = encode(Stream::Stdout, &euro[..1]);
        bytes.extend(encode(Stream::Stderr, b"x"));
        bytes.extend(encode(Stream::Stdout, &euro[1..]));
        let out = d.push(&bytes);
        assert_eq!(out, vec![(Stream::Stderr, "x".to_string()), (Stream::Stdout, "€".to_string())]);
    }

    #[test]
    fn invalid_bytes_become_replacement_characters() {
        let mut d = RingDecoder::new();
        let out = d.push(&encode(Stream::Stdout, b"a\xffb"));
        assert_eq!(out, vec![(Stream::Stdout, "a\u{FFFD}b".to_string())]);
    }
}
