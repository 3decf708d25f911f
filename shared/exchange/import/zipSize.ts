/**
 * The unpacked size of a zip archive's entries that `filter` keeps, from its central directory alone (nothing is
 * unpacked), or undefined when the archive has none to read (not a zip, damaged, or ZIP64, whose sizes need 64
 * bits). An XLSX of a few megabytes can unpack to gigabytes: the reader refuses such a file before unpacking it.
 */
export function unpackedSize(bytes: Uint8Array, filter: (name: string) => boolean): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is the last 22 bytes, or earlier by a comment of up to 65,535 bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) return undefined;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (entries === 0xffff || at === 0xffffffff) return undefined;
  const decoder = new TextDecoder();
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (size === 0xffffffff) return undefined;
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (filter(name)) total += size;
    at += 46 + nameLength + extraLength + commentLength;
  }
  return total;
}
