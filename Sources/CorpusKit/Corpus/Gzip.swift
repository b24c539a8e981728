import CZlib

/// Inflates gzip data with zlib, member after member (a `.warc.gz` gzips each record on its
/// own). Data cut short or corrupt keeps what was inflated before the fault and says so.
enum Gzip {
  /// The inflated bytes and, when the stream was cut short or corrupt, why.
  struct Result {
    var bytes: [UInt8]
    var problem: String?
  }

  static func isGzip(_ bytes: [UInt8]) -> Bool {
    bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
  }

  /// Inflates `input` (gzip or zlib members back to back), up to `limit` bytes of output.
  static func inflate(_ input: [UInt8], limit: Int = 1 << 30) -> Result {
    var out: [UInt8] = []
    out.reserveCapacity(min(limit, input.count * 4))
    var stream = z_stream()
    guard inflateInit2_(&stream, 15 + 32, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK
    else {
      return Result(bytes: [], problem: "zlib could not start")
    }
    defer { inflateEnd(&stream) }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    return input.withUnsafeBufferPointer { inBuf -> Result in
      var offset = 0
      while offset < inBuf.count {
        stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress! + offset)
        stream.avail_in = UInt32(min(inBuf.count - offset, Int(UInt32.max)))
        var status: Int32 = Z_OK
        repeat {
          let produced: Int = chunk.withUnsafeMutableBufferPointer { outBuf in
            stream.next_out = outBuf.baseAddress
            stream.avail_out = UInt32(outBuf.count)
            status = CZlib.inflate(&stream, Z_NO_FLUSH)
            return outBuf.count - Int(stream.avail_out)
          }
          out.append(contentsOf: chunk[0..<produced])
          if out.count > limit {
            return Result(
              bytes: Array(out.prefix(limit)),
              problem: "more than \(limit >> 20) MB uncompressed; the rest not read")
          }
        } while status == Z_OK && (stream.avail_out == 0 || stream.avail_in > 0)
        let consumed = (inBuf.count - offset) - Int(stream.avail_in)
        offset += consumed
        switch status {
        case Z_STREAM_END:
          // The next member, if any (skipping zero padding some writers leave).
          while offset < inBuf.count, inBuf[offset] == 0 { offset += 1 }
          if offset < inBuf.count { inflateReset(&stream) }
        case Z_OK, Z_BUF_ERROR:
          return Result(bytes: out, problem: "gzip data cut short")
        default:
          return Result(bytes: out, problem: "gzip data corrupt at byte \(offset)")
        }
      }
      return Result(bytes: out, problem: nil)
    }
  }
}
